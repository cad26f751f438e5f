"""Speaker stance with the two target forms a user meets: the article's hand-written target (G) and the one
``predict(text)`` derives from the headline when given none (H, :func:`stance.targets.article_target`).

Each speaker's gold quotes are classified with one form and summed as ``predict()`` sums them (weights, joined
pass, the model's speaker calibration), so the two columns differ only in the target. Used by the decision on
stage 3 with headline targets (``benchmarks/results/stage3-headline-target-*``).

Usage::

    python benchmarks/target_forms.py --model models/talks-minilm --sets dev24,dev25,dev26,dev27
    python benchmarks/target_forms.py --model runs/st3ht_s7 --sets held-out --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import speaker_stance as bench  # noqa: E402
from speakers import SETS, set_of  # noqa: E402


def measure(model: str | None, sets: set[str]) -> dict:
    """{"G": ..., "H": ...}: speakers, stance macro-F1 with its 95% CI, sentiment macro-F1, per target form."""
    import stance
    from stance.targets import article_target

    articles = [a for a in bench.load_articles(seed=False) if set_of(a.slug) in sets]
    predictor = stance.load(model)
    speakers, stmts, owner, _ = bench.statements(articles)
    out: dict = {"model": predictor.model_path, "sets": sorted(sets), "articles": len(articles)}
    for name, target_of in (("G", lambda a: a.target), ("H", lambda a: article_target(a.text))):
        target = {a.slug: target_of(a) for a in articles}
        labels = predictor.classify(stmts, [target[s.article] for s in speakers for _ in s.quotes])
        joined = predictor.joined_labels([s.quotes for s in speakers], [target[s.article] for s in speakers],
                                         [s.name for s in speakers])
        preds = bench.aggregate(labels, owner, len(speakers), lambda mine, k, j=joined: predictor.combine(mine, j[k]))
        sc = bench.score(speakers, preds)
        out[name] = {"speakers": sc["speakers"], "stance": sc["stance"]["macro_f1"],
                     "stance_ci95": sc["stance"].get("macro_f1_ci95"), "sentiment": sc["sentiment"]["macro_f1"]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--sets", required=True,
                    help="comma-separated set names, or 'held-out' for every test set")
    ap.add_argument("--json", default=None, help="also write the result here")
    args = ap.parse_args(argv)
    names = {n for n in SETS if n.startswith("test")} if args.sets == "held-out" else set(args.sets.split(","))
    unknown = names - set(SETS)
    if unknown:
        ap.error(f"unknown sets {sorted(unknown)}; available: {sorted(SETS)}")
    res = measure(args.model, names)
    print(json.dumps(res, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
