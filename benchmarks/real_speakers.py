"""Quoted speakers on real news: PolNeAR's articles (2016 US political news, seven outlets) against its
annotators' attributions, for the issue 3 goal on real news ("at least 85% of the speakers returned are real
quoted speakers", "at least 90% of the quoted speakers found").

PolNeAR has no speaker list, so both numbers are proxies, and they lean in known directions:

* **source precision**: the share of returned speakers (one per canonical name and article) of which at least
  one quote's speaker mention overlaps a gold Source span. PolNeAR marks more than speech (beliefs, polls,
  acts), so a matched speaker may still be no quoted speaker: an upper bound on precision. An unmatched one
  is almost always noise ("The lesson for skeptics <- 'that it worked'").
* **speech recall**: the share of gold attributions that report words (a cue word among :data:`SPEECH_CUES`,
  content of three words or more) whose Source span overlaps the speaker mention of a returned quote.

Usage::

    python benchmarks/real_speakers.py [--split dev] [--extractor rules tagger] [--limit N] [-v]

The test split is never read (PolNeAR's README asks that it not be inspected). Writes
``benchmarks/results/real-speakers-<split>.json`` and ``.md`` for a run over a whole split.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.polnear import DEFAULT_DATA, gold_files, read_ann, read_text  # noqa: E402

Span = tuple[int, int]
#: Cue words of plain speech: an attribution with one of these reports what someone said or wrote.
SPEECH_CUES = frozenset("said says say saying told tell tells telling according wrote writes added adds "
                        "stated argued warned insisted explained asked announced declared tweeted".split())


def load_events(data: Path, split: str, limit: int | None) -> list[tuple[str, str, list[dict]]]:
    """(doc id, text, attributions) per document; each attribution is {"source", "cue", "content"} -> spans
    (a discontinuous span is its fragments). Where several annotators' files exist, the alphabetically first."""
    if split == "test":
        raise SystemExit("the PolNeAR test split is not read here (its README asks that it not be inspected)")
    return [(stem, read_text(data, split, stem), read_ann(path).events())
            for stem, path in gold_files(data, split, limit)]


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _speech(text: str, event: dict) -> bool:
    cue = " ".join(text[s:e] for s, e in event.get("cue", [])).lower().split()
    content = " ".join(text[s:e] for s, e in event.get("content", [])).split()
    return bool(event.get("source")) and len(content) >= 3 and any(w.strip(",.") in SPEECH_CUES for w in cue)


def score_doc(text: str, events: list[dict], quotes: list) -> dict:
    """Counts for one article: speakers returned and matched, speech attributions and found."""
    sources = [s for ev in events for s in ev.get("source", [])]
    mentions: dict[str, list[Span]] = {}  # every returned speaker, with the mentions its quotes point at
    for q in quotes:
        if q.speaker:
            spans = mentions.setdefault(q.speaker, [])
            if q.speaker_start is not None:
                spans.append((q.speaker_start, q.speaker_end))
    matched = [name for name, spans in mentions.items() if any(_overlaps(m, sources) for m in spans)]
    returned = [m for spans in mentions.values() for m in spans]
    speech = [ev for ev in events if _speech(text, ev)]
    found = [ev for ev in speech if any(_overlaps(m, ev["source"]) for m in returned)]
    return {"speakers": len(mentions), "matched": len(matched), "speech": len(speech), "found": len(found),
            "unmatched": sorted(set(mentions) - set(matched))}


def run(kind: str, docs: list) -> dict:
    """One extractor over ``docs``: the totals, the rates and the unmatched speakers by document."""
    import stance

    predictor = stance.load(extractor=kind)
    totals = {"speakers": 0, "matched": 0, "speech": 0, "found": 0}
    unmatched = {}
    t0 = time.perf_counter()
    for stem, text, events in docs:
        counts = score_doc(text, events, predictor.extract(text))
        for k in totals:
            totals[k] += counts[k]
        if counts["unmatched"]:
            unmatched[stem] = counts["unmatched"]
    secs = time.perf_counter() - t0
    return {**totals, "source_precision": round(totals["matched"] / max(totals["speakers"], 1), 3),
            "speech_recall": round(totals["found"] / max(totals["speech"], 1), 3),
            "articles_per_s": round(len(docs) / secs, 2), "unmatched": unmatched}


def table(split: str, n_docs: int, results: dict) -> str:
    rows = [f"# Quoted speakers on real news: PolNeAR {split} ({n_docs} articles)", "",
            "| extractor | speakers returned | matched to a gold Source | source precision (upper bound) | "
            "speech attributions | found | speech recall | articles/s |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for kind, r in results.items():
        rows.append(f"| {kind} | {r['speakers']} | {r['matched']} | {r['source_precision']:.3f} | {r['speech']} | "
                    f"{r['found']} | {r['speech_recall']:.3f} | {r['articles_per_s']:.1f} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
    ap.add_argument("--limit", type=int, default=None, help="first N articles (nothing is written)")
    ap.add_argument("--extractor", nargs="+", choices=("rules", "tagger"), default=["rules", "tagger"])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the unmatched speakers")
    args = ap.parse_args(argv)
    docs = load_events(args.data, args.split, args.limit)
    results = {kind: run(kind, docs) for kind in args.extractor}
    md = table(args.split, len(docs), results)
    print(md)
    if args.verbose:
        for kind, r in results.items():
            for stem, names in r["unmatched"].items():
                print(f"{kind} {stem}: {names}")
    if args.limit is None:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"real-speakers-{args.split}.json").write_text(
            json.dumps({"split": args.split, "n_docs": len(docs), "results": results}, indent=1) + "\n")
        (args.out / f"real-speakers-{args.split}.md").write_text(md)
    return results


if __name__ == "__main__":
    main()
