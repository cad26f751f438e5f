"""Score attribution extraction on PolNeAR: this project's rule-based Extractor, the Extractor
with the fine-tuned span tagger (``TaggedExtractor``) and textacy's ``direct_quotations``,
same documents, same spaCy pipeline, one run (issue 3).

Usage::

    python benchmarks/attribution.py --split dev [--limit N] [--data ../shared/data/polnear/data]
        [--tagger models/attribution-tagger] [--systems NAME ...]

Scoring: a discontinuous gold span counts as its fragments; a span is exact when its offsets
equal the gold's after trimming whitespace, quotation marks and ``.,;:!?`` from both ends of
gold and prediction alike; where a document has several annotators' files the alphabetically
first is gold. Token level: P/R/F1 over (document, word) pairs covered by each label.
Writes ``benchmarks/results/attribution-<split>.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.polnear import DEFAULT_DATA, gold_files, read_ann, read_text  # noqa: E402

LABELS = ("Source", "Cue", "Content")
TRIM = set(" \t\n\r\"'“”‘’«».,;:!?")
TOKEN = re.compile(r"\w+|[^\w\s]")


def load_split(data: Path, split: str, limit: int | None) -> list[tuple[str, str, dict]]:
    """(doc id, text, gold fragments per label) for each document of ``split``."""
    docs = []
    for stem, path in gold_files(data, split, limit):
        ann = read_ann(path)
        docs.append((stem, read_text(data, split, stem), {k: ann.fragments(k) for k in LABELS}))
    return docs


def trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without surrounding whitespace, quotation marks and ``.,;:!?``."""
    s, e = span
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(docs: list, preds: list[dict]) -> dict:
    """Exact-span and token-level P/R/F1 per label over all documents."""
    out = {}
    for label in LABELS:
        tp = npred = ngold = ttp = tpred = tgold = 0
        for (_, text, gold), pred in zip(docs, preds, strict=True):
            g = {trim(text, s) for s in gold[label]} - {(x, x) for x in range(len(text) + 1)}
            p = {trim(text, s) for s in pred[label]} - {(x, x) for x in range(len(text) + 1)}
            tp, npred, ngold = tp + len(g & p), npred + len(p), ngold + len(g)
            starts = [m.start() for m in TOKEN.finditer(text)]
            gt, pt = _covered(starts, g), _covered(starts, p)
            ttp, tpred, tgold = ttp + len(gt & pt), tpred + len(pt), tgold + len(gt)
        out[label] = {"exact": prf(tp, npred, ngold), "token": prf(ttp, tpred, tgold)}
    return out


def _covered(starts: list[int], spans: set) -> set[int]:
    """Indices of the word tokens whose start lies inside any of ``spans``."""
    import bisect

    out: set[int] = set()
    for s, e in spans:
        out.update(range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)))
    return out


def _found_preds(ex, docs: list) -> tuple[list[dict], float]:
    """Spans of every attribution ``ex.find`` returns, and the seconds it took."""
    preds = []
    t0 = time.perf_counter()
    for _, text, _ in docs:
        found, _ = ex.find(text)
        pred: dict[str, list] = {k: [] for k in LABELS}
        for f in found:
            if f.att is None:
                continue
            pred["Content"].append(f.content)
            pred["Cue"].append(f.att.cue)
            if f.att.source is not None:
                pred["Source"].append(f.att.source)
        preds.append(pred)
    return preds, time.perf_counter() - t0


def run_ours(docs: list) -> tuple[list[dict], float]:
    """Predictions of :class:`stance.extractor.Extractor` (its own minimal pipeline)."""
    from stance.extractor import Extractor

    return _found_preds(Extractor(), docs)


def run_tagged(docs: list, tagger: Path | None = None, quantize: bool = False,
               dtype: str | None = None) -> tuple[list[dict], float]:
    """Predictions of :class:`stance.tagged.TaggedExtractor` (tagger spans, rules for gaps), fp32,
    int8 or bfloat16; spaCy is loaded before the clock starts, as for the rule-based extractor."""
    from stance.tagged import TaggedExtractor

    ex = TaggedExtractor(tagger_path=tagger, quantize=quantize, dtype=dtype)
    ex.nlp  # noqa: B018 - load the fallback parser outside the timed loop
    return _found_preds(ex, docs)


def run_textacy(docs: list) -> tuple[list[dict], float]:
    """Predictions of ``textacy.extract.triples.direct_quotations`` on the same spaCy
    pipeline (with the lemmatizer it needs; NER off as for ours)."""
    from textacy.extract.triples import direct_quotations

    from stance.nlp import load_nlp

    nlp = load_nlp(disable=("ner",))
    preds = []
    t0 = time.perf_counter()
    for doc in nlp.pipe((text for _, text, _ in docs), batch_size=8):
        pred: dict[str, list] = {k: [] for k in LABELS}
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy raises on some malformed quote sequences
            triples = []
        for tr in triples:
            for toks, label in ((tr.speaker, "Source"), (tr.cue, "Cue")):
                if toks:
                    pred[label].append((toks[0].idx, toks[-1].idx + len(toks[-1])))
            pred["Content"].append((tr.content.start_char, tr.content.end_char))
        preds.append(pred)
    return preds, time.perf_counter() - t0


def table(results: dict) -> str:
    """Markdown table of every system run."""
    rows = ["| system | label | exact P | exact R | exact F1 | token P | token R | token F1 |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for system, res in results["systems"].items():
        for label in LABELS:
            ex, tk = res["scores"][label]["exact"], res["scores"][label]["token"]
            rows.append(f"| {system} | {label} | {ex['p']:.3f} | {ex['r']:.3f} | {ex['f1']:.3f} | "
                        f"{tk['p']:.3f} | {tk['r']:.3f} | {tk['f1']:.3f} |")
    speed = ", ".join(f"{s}: {r['articles_per_s']:.1f} articles/s" for s, r in results["systems"].items())
    threads = f", torch threads {results['torch_threads']}" if "torch_threads" in results else ""
    return "\n".join(rows) + f"\n\nSpeed ({results['n_docs']} docs{threads}): {speed}\n"


def main(argv: list[str] | None = None) -> dict:
    """Run the systems on one split, print and write the tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--tagger", type=Path, default=None, help="tagger directory (default models/attribution-tagger)")
    ap.add_argument("--systems", nargs="*", default=None,
                    help="run only these systems (names as in the table); the result files are then not written")
    args = ap.parse_args(argv)
    from stance.device import cpu_has_native_bf16

    docs = load_split(args.data, args.split, args.limit)
    results: dict = {"split": args.split, "n_docs": len(docs), "systems": {}}
    systems = (("stance Extractor", run_ours),
               ("stance Extractor + tagger", functools.partial(run_tagged, tagger=args.tagger)),
               ("stance Extractor + tagger (int8)", functools.partial(run_tagged, tagger=args.tagger, quantize=True)),
               ("textacy direct_quotations", run_textacy))
    if cpu_has_native_bf16():  # elsewhere bfloat16 is emulated and slower than float32
        systems = (*systems[:3], ("stance Extractor + tagger (bf16)",
                                  functools.partial(run_tagged, tagger=args.tagger, dtype="bfloat16")), systems[3])
    for name, fn in systems:
        if args.systems and name not in args.systems:
            continue
        preds, secs = fn(docs)
        results["systems"][name] = {"scores": score(docs, preds), "seconds": round(secs, 2),
                                    "articles_per_s": round(len(docs) / secs, 2)}
    if "torch" in sys.modules:  # the tagger systems set it (stance.device.default_threads: load-aware)
        results["torch_threads"] = sys.modules["torch"].get_num_threads()
    md = f"# Attribution on PolNeAR {args.split}\n\n" + table(results)
    print(md)
    if args.systems:
        return results
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"attribution-{args.split}.json").write_text(json.dumps(results, indent=1) + "\n")
    (args.out / f"attribution-{args.split}.md").write_text(md)
    return results


if __name__ == "__main__":
    main()
