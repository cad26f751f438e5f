"""Write corpus statements in the user schema, so they can be given to ``--data`` beside a user's own rows.

A run that continues the shipped model on the corpus's real news (the third-stage trials of
``benchmarks/results/stage3-*``) needs those rows as a file; this writes it::

    python -m training.export --origin real --split train --out runs/real_train.jsonl
    python -m training.export --origin real --split train --copies 3 --out runs/real_train_x3.jsonl

Real statements are resolved from ``../shared/data`` when exported, so the file holds their sentences: write it
under ``runs/`` (ignored by git), never into the repository. ``--copies N`` writes every row N times, the later
copies with ``-copy1``, ``-copy2``, ... appended to their ids (the loader refuses a repeated id): a weighted mix.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .corpus import SPLITS, Example, load_corpus, shared_data_dir

ORIGINS = ("real", "written", "any")


def user_record(x: Example, copy: int = 0) -> dict[str, Any]:
    """One statement as a user-schema record (the fields ``training.data.user_examples`` reads)."""
    return {"id": x.id if copy == 0 else f"{x.id}-copy{copy}", "text": x.text, "target": x.target,
            "stance": x.stance, "sentiment": x.sentiment, "split": x.split, "context": x.context,
            "speaker": x.speaker}


def select(examples: list[Example], origin: str, splits: tuple[str, ...]) -> list[Example]:
    """The statements of ``origin`` ("any" for all) in ``splits``, in corpus order."""
    if origin not in ORIGINS:
        raise ValueError(f"origin={origin!r}: expected one of {', '.join(ORIGINS)}")
    return [x for x in examples if x.split in splits and origin in ("any", x.origin)]


def write(examples: list[Example], out: Path, copies: int = 1) -> int:
    """Write ``copies`` rounds of ``examples`` to ``out`` as JSON lines; returns the number of lines."""
    if copies < 1:
        raise ValueError(f"copies={copies} must be at least 1")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for copy in range(copies):
            for x in examples:
                f.write(json.dumps(user_record(x, copy), ensure_ascii=False) + "\n")
    return copies * len(examples)


def main(argv: list[str] | None = None) -> int:
    """Entry point: export, print the count, return it."""
    ap = argparse.ArgumentParser(prog="python -m training.export", description=__doc__.split("\n")[0])
    ap.add_argument("--origin", choices=ORIGINS, default="real", help="real (news) rows, written rows, or any")
    ap.add_argument("--split", nargs="+", choices=SPLITS, default=["train"])
    ap.add_argument("--copies", type=int, default=1, help="write every row this many times (a weighted mix)")
    ap.add_argument("--shared", default=None, help="the shared data folder (default ../shared/data)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.origin != "written" and shared_data_dir(args.shared) is None:
        raise SystemExit("real statements need ../shared/data (or --shared PATH) to resolve their sentences")
    rows = select(load_corpus(shared=args.shared, splits=tuple(args.split)), args.origin, tuple(args.split))
    if not rows:
        raise SystemExit(f"no {args.origin} statements in split(s) {', '.join(args.split)}")
    n = write(rows, args.out, args.copies)
    print(f"wrote {n} rows ({len(rows)} statements x {args.copies}) to {args.out}")
    return n


if __name__ == "__main__":
    main()
