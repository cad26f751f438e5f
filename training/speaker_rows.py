"""Stance-training rows from the speaker benchmark's development articles (the second training stage).

Each gold quote of a speaker in ``tests/data/articles`` becomes one row in the corpus schema: the quote, the
sentence(s) around it as context, the speaker's canonical name, the article's target, and the speaker's stance and
sentiment (a speaker-level label on each of their quotes: weak, but it is the label the library is judged on).
Only the sets that ``tests/data/speaker_sets.json`` lists under ``stance_training`` are used (train / dev); every
other set stays held out for the speaker-level benchmark. Articles with two acceptable labels for a speaker (the
seed article's style) give no rows for that speaker.

    python -m training.speaker_rows --out runs/speaker_rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from stance.quotes import sentences_around

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
SETS = ROOT / "tests" / "data" / "speaker_sets.json"


def _split_of(number: int, sets: dict[str, Any]) -> str | None:
    """"train", "dev" or None (held out) for an article number."""
    for split, names in sets["stance_training"].items():
        for name in names:
            lo, hi = sets["sets"][name]
            if lo <= number <= hi:
                return split
    return None


def _number(path: Path) -> int:
    """The number an article's file name starts with ("104-slug.txt" -> 104)."""
    return int(path.name.split("-", 1)[0])


def _labels(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def article_rows(number: int, text: str, gold: dict[str, Any], split: str) -> list[dict[str, Any]]:
    """One row per gold quote of every speaker with a single stance and sentiment label."""
    rows = []
    for k, spk in enumerate(gold["speakers"]):
        stance, sentiment = _labels(spk["stance"]), _labels(spk["sentiment"])
        if len(stance) != 1 or len(sentiment) != 1:
            continue
        for j, quote in enumerate(spk["quotes"]):
            at = text.find(quote)
            if at < 0:
                raise ValueError(f"article {number}: quote of {spk['speaker']!r} not in its text: {quote[:60]!r}")
            rows.append({"id": f"spk-{number}-{k}-{j}", "text": quote, "context": sentences_around(text, at, at + len(quote)),
                         "speaker": spk["speaker"], "target": gold["target"], "stance": stance[0],
                         "sentiment": sentiment[0], "split": split})
    return rows


def build_rows(articles: Path = ARTICLES, sets_file: Path = SETS) -> list[dict[str, Any]]:
    """Rows of every article in a stance-training set, in article-number order."""
    sets = json.loads(sets_file.read_text(encoding="utf-8"))
    out = []
    for path in sorted(articles.glob("*.txt"), key=_number):
        number = _number(path)
        split = _split_of(number, sets)
        if split is not None:
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            out += article_rows(number, path.read_text(encoding="utf-8"), gold, split)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    args = ap.parse_args(argv)
    rows = build_rows()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = {s: sum(r["split"] == s for r in rows) for s in ("train", "dev")}
    print(f"{len(rows)} rows ({counts}) -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
