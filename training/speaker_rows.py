"""Stance-training rows from the speaker benchmark's development articles (the second training stage).

Each gold quote of a speaker in ``tests/data/articles`` becomes one row in the corpus schema: the quote, the
sentence(s) around it as context, the speaker's canonical name, the article's target, and a stance and sentiment:
with ``--labels speaker`` (the default, the shipped recipe) the speaker's label on every one of their quotes, with
``--labels quote`` the quote's own label from ``training/data/speaker_quote_labels.jsonl`` (each quote judged on its
own, as LABELS.md asks for mixed speakers). Measured (README, "Per-quote labels"): the per-quote labels made the
model far more neutral, and worse both on the real test split and per speaker, so the speaker's label stays.
``--speaker-rows`` adds one row per training speaker after the quote rows: all of their quotes joined by " … "
(:data:`stance.aggregate.JOINER`), no context, with the speaker's label, which labels exactly that text (the shipped recipe since
2026-12-04; README, "Speaker rows in stage 2").
Only the sets that ``tests/data/speaker_sets.json`` lists under ``stance_training`` are used (train / dev; the shipped
stage 3), or with ``--key stage2_training`` the fewer sets the shipped stage 2 was trained on; every
other set stays held out for the speaker-level benchmark. The per-quote labels cover the previous release's sets
(dev..dev7, dev8 its dev): ``--labels quote`` needs ``--sets`` with those, and names the first quote it lacks. Articles with two acceptable labels for a speaker (the
seed article's style) give no rows for that speaker.

    python -m training.speaker_rows --out runs/speaker_rows.jsonl --speaker-rows [--labels quote|speaker] [--sets FILE]
        [--key stance_training|stage2_training]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stance.aggregate import join_quotes  # speaker rows: the text the joined pass reads at inference
from stance.quotes import sentences_around
from stance.targets import article_target

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
SETS = ROOT / "tests" / "data" / "speaker_sets.json"
QUOTE_LABELS = ROOT / "training" / "data" / "speaker_quote_labels.jsonl"
QuoteLabels = dict[str, dict[str, Any]]


def _split_of(number: int, sets: dict[str, Any], key: str = "stance_training") -> str | None:
    """"train", "dev" or None (held out) for an article number, under the training sets ``sets[key]``."""
    for split, names in sets[key].items():
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


def read_quote_labels(path: Path | None = None) -> QuoteLabels:
    """Per-quote labels by row id (``spk-<article>-<speaker>-<quote>``), each with the quote it labels
    (``training/data/speaker_quote_labels.jsonl`` unless ``path`` is given)."""
    path = path or QUOTE_LABELS
    out: QuoteLabels = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        if rec["id"] in out:
            raise ValueError(f"{path}:{n}: duplicate id {rec['id']!r}")
        out[rec["id"]] = rec
    return out


def _quote_label(labels: QuoteLabels, row_id: str, quote: str) -> tuple[str, str]:
    rec = labels.get(row_id)
    if rec is None:
        raise ValueError(f"quote labels: no label for {row_id} ({quote[:60]!r})")
    if rec["quote"] != quote:
        raise ValueError(f"quote labels: {row_id} labels {rec['quote'][:60]!r}, the article has {quote[:60]!r}")
    return rec["stance"], rec["sentiment"]


def article_rows(number: int, text: str, gold: dict[str, Any], split: str,
                 quote_labels: QuoteLabels | None = None) -> list[dict[str, Any]]:
    """One row per gold quote of every speaker with a single stance and sentiment label; the quote's own label
    when ``quote_labels`` is given, else the speaker's."""
    rows = []
    for k, spk in enumerate(gold["speakers"]):
        stance, sentiment = _labels(spk["stance"]), _labels(spk["sentiment"])
        if len(stance) != 1 or len(sentiment) != 1:
            continue
        for j, quote in enumerate(spk["quotes"]):
            at = text.find(quote)
            if at < 0:
                raise ValueError(f"article {number}: quote of {spk['speaker']!r} not in its text: {quote[:60]!r}")
            row_id = f"spk-{number}-{k}-{j}"
            labels = (stance[0], sentiment[0]) if quote_labels is None else _quote_label(quote_labels, row_id, quote)
            rows.append({"id": row_id, "text": quote, "context": sentences_around(text, at, at + len(quote)),
                         "speaker": spk["speaker"], "target": gold["target"], "stance": labels[0],
                         "sentiment": labels[1], "split": split})
    return rows


def build_rows(articles: Path = ARTICLES, sets_file: Path = SETS, labels: str = "speaker",
               labels_file: Path | None = None, key: str = "stance_training") -> list[dict[str, Any]]:
    """Rows of every article in a stance-training set, in article-number order, labelled per ``labels``
    ("quote": each quote's own label, from ``labels_file``; "speaker": the speaker's label)."""
    if labels not in ("quote", "speaker"):
        raise ValueError(f"labels={labels!r}: expected 'quote' or 'speaker'")
    quote_labels = read_quote_labels(labels_file) if labels == "quote" else None
    sets = json.loads(sets_file.read_text(encoding="utf-8"))
    if key not in sets:
        raise ValueError(f"{sets_file}: no {key!r} list of training sets")
    return rows_by_split(lambda number: _split_of(number, sets, key), articles, quote_labels)


def speaker_level_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per speaker of the train split: their quotes in text order joined by :data:`stance.aggregate.JOINER`, no context,
    the speaker's label (id ``spk-<article>-<speaker>-all``). Dev rows stay per quote."""
    by_speaker: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        if r["split"] == "train":
            by_speaker.setdefault(r["id"].rsplit("-", 1)[0], []).append(r)
    out = []
    for key, mine in by_speaker.items():
        first = mine[0]
        if any((r["stance"], r["sentiment"]) != (first["stance"], first["sentiment"]) for r in mine):
            raise ValueError(f"{key}: quotes with different labels cannot make one speaker row (use --labels speaker)")
        out.append({"id": f"{key}-all", "text": join_quotes([r["text"] for r in mine]), "context": None,
                    "speaker": first["speaker"], "target": first["target"], "stance": first["stance"],
                    "sentiment": first["sentiment"], "split": "train"})
    return out


def rows_by_split(split_of: Callable[[int], str | None], articles: Path = ARTICLES,
                  quote_labels: QuoteLabels | None = None) -> list[dict[str, Any]]:
    """Rows of every article for which ``split_of(article number)`` names a split, in article-number order."""
    out = []
    for path in sorted(articles.glob("*.txt"), key=_number):
        number = _number(path)
        split = split_of(number)
        if split is not None:
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            out += article_rows(number, path.read_text(encoding="utf-8"), gold, split, quote_labels)
    return out


def headline_targets(rows: list[dict[str, Any]], share: float, articles: Path = ARTICLES) -> list[dict[str, Any]]:
    """The rows, with ``share`` of the train split (those whose id's sha1 falls below it) carrying
    :func:`stance.targets.article_target` of their article, the target ``predict()`` uses when given none,
    instead of the hand-written one. Dev rows keep theirs."""
    paths = {_number(p): p for p in articles.glob("*.txt")}
    targets: dict[int, str] = {}  # each article's derived target, read and derived once
    out = []
    for r in rows:
        pick = int(hashlib.sha1(r["id"].encode()).hexdigest()[:8], 16) / 0x100000000 < share
        if r["split"] == "train" and pick:
            number = int(r["id"].split("-")[1])
            if number not in targets:
                targets[number] = article_target(paths[number].read_text(encoding="utf-8"))
            r = {**r, "target": targets[number]}
        out.append(r)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--labels", choices=("quote", "speaker"), default="speaker",
                    help="the speaker's label on every quote (default, the shipped recipe) or each quote's own label")
    ap.add_argument("--sets", type=Path, default=SETS,
                    help="speaker_sets.json naming the stance_training sets (default: tests/data/speaker_sets.json)")
    ap.add_argument("--key", default="stance_training",
                    help="the list in the sets file that names the training sets: stance_training (default, the "
                    "shipped stage 3) or stage2_training (the sets the shipped stage 2 was trained on)")
    ap.add_argument("--speaker-rows", action="store_true",
                    help="add one row per training speaker, their quotes joined (the shipped recipe)")
    ap.add_argument("--headline-targets", type=float, default=0.0, metavar="SHARE",
                    help="give this share of the train rows (fixed by a hash of the id) the target predict() derives "
                    "from the article's headline instead of its hand-written one")
    args = ap.parse_args(argv)
    if not 0.0 <= args.headline_targets <= 1.0:
        ap.error(f"--headline-targets {args.headline_targets}: expected a share between 0 and 1")
    try:
        rows = build_rows(sets_file=args.sets, labels=args.labels, key=args.key)
    except ValueError as err:
        ap.error(str(err))
    if args.speaker_rows:
        rows += speaker_level_rows(rows)
    if args.headline_targets:
        rows = headline_targets(rows, args.headline_targets)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = {s: sum(r["split"] == s for r in rows) for s in ("train", "dev")}
    joined = sum(r["id"].endswith("-all") for r in rows)
    print(f"{len(rows)} rows ({counts}; {joined} of them speaker rows) -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
