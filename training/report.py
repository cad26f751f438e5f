"""Summarise several seeds of one recipe, ship the median one, and write its model card.

    python -m training.report --runs runs/s1 runs/s2 runs/s3 --ship models/talks-minilm \
        --baselines benchmarks/results/baselines.json [--extra runs/aux1:with-transfer]
        [--previous benchmarks/results/seeds.json:previous-recipe]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
from pathlib import Path
from typing import Any

from .model_card import write_card


def load_metrics(run: Path) -> dict[str, Any]:
    return json.loads((run / "metrics.json").read_text(encoding="utf-8"))


def seed_summary(runs: list[Path]) -> dict[str, Any]:
    """Mean and standard deviation of the test and dev macro-F1 of each head across runs."""
    out: dict[str, Any] = {"runs": [str(r) for r in runs]}
    for split in ("dev", "test", "test_bare"):
        for head in ("stance", "sentiment"):
            vals = [load_metrics(r)[split][head]["macro_f1"] for r in runs if split in load_metrics(r)]
            if vals:
                out[f"{split}_{head}"] = {
                    "values": [round(v, 4) for v in vals],
                    "mean": round(statistics.mean(vals), 4),
                    "std": round(statistics.stdev(vals), 4) if len(vals) > 1 else 0.0,
                }
    return out


def median_run(runs: list[Path]) -> Path:
    """The run whose test stance macro-F1 is the median (by dev when there is no test)."""
    split = "test" if all("test" in load_metrics(r) for r in runs) else "dev"
    ranked = sorted(runs, key=lambda r: load_metrics(r)[split]["stance"]["macro_f1"])
    return ranked[(len(ranked) - 1) // 2]


def ship(run: Path, target: Path) -> None:
    """Copy a run's model directory into ``target`` (atomically replacing it)."""
    from .output import atomic_output

    with atomic_output(target) as tmp:
        for f in run.iterdir():
            if f.is_file() and f.name != "train.log":
                shutil.copy2(f, tmp / f.name)
        if (run / "train.log").exists():
            lines = (run / "train.log").read_text(encoding="utf-8").splitlines()
            (tmp / "train.log").write_text("\n".join(line for line in lines if "it/s]" not in line), encoding="utf-8")


THIS_RECIPE = "this recipe, mean of the seeds"


def _seed_means(summary: dict[str, Any]) -> dict[str, Any]:
    """Dev and test means of a seed summary, for the model card's comparison of recipes."""
    keys = ("dev_stance", "dev_sentiment", "test_stance", "test_sentiment")
    return {k: summary[k]["mean"] for k in keys if k in summary} | {"seeds": len(summary.get("runs", []))}


def _carry_over(recipes: dict[str, Any], old: str, via: str, result: dict[str, Any]) -> None:
    """Add a recipe that the previous one was compared with, named once: "older (vs previous)". A name that
    already says what it was compared with keeps it, and a recipe already listed (by the name before its
    qualifier) is not listed again, so that releases do not pile up "(vs a) (vs b)" chains and repeats."""
    base, *compared = old.split(" (vs ")
    if any(k.split(" (vs ", 1)[0] == base for k in recipes):
        return
    recipes[f"{base} (vs {compared[0]}" if compared else f"{base} (vs {via})"] = result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.report", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", nargs="+", type=Path, required=True, help="run directories of the same recipe")
    ap.add_argument("--ship", type=Path, help="copy the median run here and write its model card")
    ap.add_argument("--baselines", type=Path, help="JSON from python -m training.baselines --json")
    ap.add_argument("--extra", nargs="*", default=[], help="RUN:NAME of other recipes to compare on dev")
    ap.add_argument("--previous", nargs="*", default=[],
                    help="SEEDS_JSON:NAME: another recipe's seed summary (this command's --json) to compare on dev")
    ap.add_argument("--json", type=Path, help="write the summary here")
    args = ap.parse_args(argv)
    summary = seed_summary(args.runs)
    chosen = median_run(args.runs)
    summary["shipped"] = str(chosen)
    summary["recipes"] = {name: {"dev_stance": load_metrics(Path(run))["dev"]["stance"]["macro_f1"],
                                 "dev_sentiment": load_metrics(Path(run))["dev"]["sentiment"]["macro_f1"]}
                          for run, name in (e.split(":", 1) for e in args.extra)}
    for entry in args.previous:
        path, name = entry.split(":", 1)
        previous = json.loads(Path(path).read_text(encoding="utf-8"))
        summary["recipes"][name] = _seed_means(previous)
        for old, res in previous.get("recipes", {}).items():  # what that recipe was compared with
            if old != THIS_RECIPE:  # that file's own mean is ``name`` itself
                _carry_over(summary["recipes"], old, name, res)
    if args.previous:
        summary["recipes"][THIS_RECIPE] = _seed_means(summary)
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    if args.ship:
        ship(chosen, args.ship)
        baselines = json.loads(args.baselines.read_text(encoding="utf-8")) if args.baselines else None
        write_card(args.ship, load_metrics(chosen), summary, baselines)
        print(f"shipped {chosen} -> {args.ship}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
