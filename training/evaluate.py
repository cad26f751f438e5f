"""Evaluate a model directory on labelled statements: both heads, per class, confusion, calibration.

    stance evaluate --model models/talks-minilm                 # the corpus test split (real news)
    stance evaluate --model DIR --data my.jsonl --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from stance.preprocess import ModelInput, make_input

from .corpus import Example, load_corpus
from .metrics import head_report


def to_inputs(examples: Sequence[Example], *, bare: bool = False, target: str | None = None) -> list[ModelInput]:
    """Model inputs of examples; ``bare`` drops context and speaker, ``target`` overrides every target."""
    return [make_input(target or x.target, x.text, None if bare else x.context, None if bare else x.speaker)
            for x in examples]


def label_ids(examples: Sequence[Example], head: str, labels: Sequence[str]) -> np.ndarray:
    return np.array([labels.index(getattr(x, head)) if getattr(x, head) else -1 for x in examples])


def report(classifier, examples: Sequence[Example], *, bare: bool = False, target: str | None = None,
           bootstrap: int = 0) -> dict[str, Any]:
    """Both heads' reports with the model's calibration temperatures."""
    cfg = classifier.config
    stance_logits, senti_logits, _ = classifier.logits(to_inputs(examples, bare=bare, target=target))
    out: dict[str, Any] = {}
    for head, logits, labels in (("stance", stance_logits, cfg.stance_labels),
                                 ("sentiment", senti_logits, cfg.sentiment_labels)):
        y = label_ids(examples, head, labels)
        keep = y >= 0
        if keep.any():
            out[head] = head_report(logits[keep], y[keep], labels, cfg.temperature.get(head, 1.0), bootstrap)
    return out


def format_report(name: str, rep: dict[str, Any], labels: dict[str, Sequence[str]]) -> str:
    lines = [f"== {name} =="]
    for head, r in rep.items():
        ci = r.get("macro_f1_ci95")
        ci_s = f" [95% CI {ci[0]:.3f}-{ci[1]:.3f}]" if ci else ""
        lines.append(f"{head}: macro-F1 {r['macro_f1']:.3f}{ci_s}  accuracy {r['accuracy']:.3f}  n={r['n']}  "
                     f"ECE {r['ece_raw']:.3f} -> {r['ece']:.3f} (T={r['temperature']:.2f})")
        lines.append(f"  {'label':10s} {'prec':>6s} {'rec':>6s} {'f1':>6s} {'n':>5s}   confusion (rows gold, cols pred)")
        for i, lab in enumerate(labels[head]):
            pc = r["per_class"][lab]
            row = " ".join(f"{v:5d}" for v in r["confusion"][i])
            lines.append(f"  {lab:10s} {pc['precision']:6.3f} {pc['recall']:6.3f} {pc['f1']:6.3f} {pc['support']:5d}   {row}")
    return "\n".join(lines)


def load_examples(data: str | None, shared: str | None, split: str) -> list[Example]:
    if data:
        from .data import user_examples
        from .validate import validate_files

        rep = validate_files([Path(data)], shared, user=True)
        if rep.problems:
            raise ValueError("\n".join(rep.problems))
        return user_examples([Path(data)], 0.0)
    return [x for x in load_corpus(shared=shared) if x.split == split]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="stance evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    ap.add_argument("--data", help="JSONL/CSV file in the corpus schema (default: the corpus split)")
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--shared", help="shared data directory (default ../shared/data)")
    ap.add_argument("--bare", action="store_true", help="drop context and speaker (bare statements)")
    ap.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the 95%% CI (0: off)")
    ap.add_argument("--json", help="also write the report as JSON here")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default=None, choices=["float32", "bfloat16", "float16"],
                    help="compute precision (default float32; bfloat16 on CUDA or a CPU with native bfloat16)")
    ap.add_argument("--quantize", action="store_true",
                    help="dynamic int8 linear layers (CPU), to check it stays within 0.5 macro-F1 of float32")
    args = ap.parse_args(argv)
    import stance

    predictor = stance.load(args.model, device=args.device, dtype=args.dtype, quantize=args.quantize)
    examples = load_examples(args.data, args.shared, args.split)
    if not examples:
        print("error: no labelled examples to evaluate", file=sys.stderr)
        return 2
    rep = report(predictor.classifier, examples, bare=args.bare, bootstrap=args.bootstrap)
    cfg = predictor.config
    print(format_report(f"{args.data or 'corpus ' + args.split} ({len(examples)} statements)", rep,
                        {"stance": cfg.stance_labels, "sentiment": cfg.sentiment_labels}))
    if args.json:
        Path(args.json).write_text(json.dumps(rep, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
