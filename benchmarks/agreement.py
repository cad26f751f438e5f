"""How often two people agree on a speaker's stance and sentiment: the ceiling for the speaker-level goal.

A second annotator, who had not seen the first annotator's labels, the extractor or the model, labelled the gold
speakers of the held-out sets ``test12``-``test14`` (24 articles, 226 speakers) from the article text, the target
and the speaker's quotes under ``LABELS.md``: ``tests/data/second-annotator/NN-slug.json``, one
``{"speaker", "stance", "sentiment"}`` per gold speaker, in the gold file's order. This prints macro-F1 (with a
95% bootstrap interval over speakers), Cohen's kappa and accuracy of the second annotator against the gold, and
the model's speaker labels (from a ``benchmarks/speaker_stance.py`` JSON) against both, on the same speakers.

Usage::

    .venv/bin/python benchmarks/agreement.py [--model-results benchmarks/results/speaker-stance.json] [--out NAME|'']
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.speaker_stance import SENTIMENT, STANCE, macro_f1, macro_f1_ci  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
SECOND = ROOT / "tests" / "data" / "second-annotator"
RESULTS = ROOT / "benchmarks" / "results"
LABELS = {"stance": STANCE, "sentiment": SENTIMENT}


def load_pairs(second_dir: Path = SECOND, articles: Path = ARTICLES) -> dict[tuple[str, str], dict[str, dict]]:
    """``{(article, speaker): {"gold": {...}, "second": {...}}}``; raises ValueError naming a file whose speakers
    differ from its gold file's."""
    pairs = {}
    for path in sorted(second_dir.glob("*.json")):
        gold = json.loads((articles / path.name).read_text(encoding="utf-8"))["speakers"]
        second = json.loads(path.read_text(encoding="utf-8"))["labels"]
        if [g["speaker"] for g in gold] != [s["speaker"] for s in second]:
            raise ValueError(f"{path}: speakers differ from {articles / path.name}")
        for g, s in zip(gold, second):
            for head, allowed in LABELS.items():
                if s[head] not in allowed:
                    raise ValueError(f"{path}: {s['speaker']!r} has {head} {s[head]!r}, expected one of {allowed}")
            pairs[(path.stem, g["speaker"])] = {"gold": g, "second": s}
    return pairs


def compare(a: list[str], b: list[str], labels: tuple[str, ...], n_boot: int = 1000) -> dict:
    """Macro-F1 of ``b`` against ``a`` with a 95% bootstrap interval (as ``benchmarks/speaker_stance.py`` scores
    the model), Cohen's kappa and accuracy."""
    from sklearn.metrics import cohen_kappa_score

    return {"n": len(a), "macro_f1": macro_f1(a, b, labels), "ci95": macro_f1_ci(a, b, labels, n_boot),
            "kappa": float(cohen_kappa_score(a, b)), "accuracy": sum(x == y for x, y in zip(a, b)) / len(a)}


def model_labels(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    rows = json.loads(path.read_text(encoding="utf-8"))["speakers"]
    return {(r["article"], r["speaker"]): {"stance": r["stance"], "sentiment": r["sentiment"]} for r in rows}


def measure(pairs: dict, model: dict | None) -> dict:
    keys = sorted(pairs)
    out: dict = {"speakers": len(keys), "articles": len({k[0] for k in keys})}
    for head, labels in LABELS.items():
        gold = [pairs[k]["gold"][head] for k in keys]
        second = [pairs[k]["second"][head] for k in keys]
        out[head] = {"second_vs_gold": compare(gold, second, labels)}
        if model is not None:
            missing = [k for k in keys if k not in model]
            if missing:
                raise ValueError(f"model results lack {len(missing)} speakers, e.g. {missing[0]}")
            pred = [model[k][head] for k in keys]
            out[head]["model_vs_gold"] = compare(gold, pred, labels)
            out[head]["model_vs_second"] = compare(second, pred, labels)
    return out


def table(res: dict) -> str:
    lines = ["| head | pair | macro-F1 (95% CI) | kappa | accuracy |", "|---|---|---|---|---|"]
    for head in LABELS:
        for pair, r in res[head].items():
            lines.append(f"| {head} | {pair.replace('_', ' ')} | {r['macro_f1']:.3f} ({r['ci95'][0]:.3f}-"
                         f"{r['ci95'][1]:.3f}) | {r['kappa']:.3f} | {r['accuracy']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model-results", default=str(RESULTS / "speaker-stance.json"),
                    help="a benchmarks/speaker_stance.py JSON ('' to skip the model rows)")
    ap.add_argument("--out", default="agreement", help="basename under benchmarks/results/ ('' to skip)")
    args = ap.parse_args(argv)
    model = model_labels(Path(args.model_results)) if args.model_results else None
    res = measure(load_pairs(), model)
    shown = args.model_results
    if shown and Path(shown).resolve().is_relative_to(ROOT):
        shown = str(Path(shown).resolve().relative_to(ROOT))
    text = (f"# Two annotators on the same speakers\n\n`python benchmarks/agreement.py`\n\n{res['speakers']} "
            f"speakers of {res['articles']} held-out articles (test12-test14); model labels: {shown or '-'}"
            f"\n\n{table(res)}\n")
    print(text)
    if args.out:
        (RESULTS / f"{args.out}.md").write_text(text, encoding="utf-8")
        (RESULTS / f"{args.out}.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
