"""Fit how a speaker's averaged stance scores become their label, on development speakers, and store it in
the model's ``stance_config.json`` as ``speaker_calibration`` (read by ``stance.aggregate``).

The quote-level model is calibrated per quote (temperature on the corpus dev split). A speaker's label is the
weighted mean of their quotes' scores, and that mean is flatter than any one quote and, measured on speakers the
model never trained on, calls too few speakers skeptical. This fits a temperature and a per-label bias to those
means by negative log-likelihood, on the gold speakers of the article sets that ``tests/data/speaker_sets.json``
lists under ``speaker_calibration`` (development sets the model did not train on; the held-out test sets are
never used). Speakers with two acceptable labels are left out.

    python -m training.speaker_calibration --model models/talks-minilm            # fit and write
    python -m training.speaker_calibration --model DIR --sets dev8,dev9 --dry-run  # fit and print only
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from .speaker_rows import ARTICLES, SETS, _number, article_rows

GROUP_KEY = "speaker_calibration"


def calibration_sets(sets_file: Path = SETS) -> list[str]:
    """The set names listed under ``speaker_calibration`` in the sets file."""
    return list(json.loads(sets_file.read_text(encoding="utf-8"))[GROUP_KEY])


def speaker_rows(names: list[str], articles: Path = ARTICLES, sets_file: Path = SETS) -> list[dict[str, Any]]:
    """Corpus-schema rows (one per gold quote, the speaker's label) of the articles in the named sets,
    each with ``owner``: one id per speaker."""
    ranges = json.loads(sets_file.read_text(encoding="utf-8"))["sets"]
    unknown = [n for n in names if n not in ranges]
    if unknown:
        raise ValueError(f"{sets_file}: no set named {unknown} (known: {sorted(ranges)})")
    rows = []
    for path in sorted(articles.glob("*.txt"), key=_number):
        number = _number(path)
        if any(ranges[n][0] <= number <= ranges[n][1] for n in names):
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            for r in article_rows(number, path.read_text(encoding="utf-8"), gold, "calibration"):
                r["owner"] = r["id"].rsplit("-", 1)[0]  # spk-<article>-<speaker>
                rows.append(r)
    return rows


def speaker_means(predictor, rows: list[dict[str, Any]]) -> tuple[np.ndarray, list[str], list[str]]:
    """Each speaker's uncalibrated aggregate stance scores (as ``predict`` combines quotes) and gold label."""
    from stance import Statement
    from stance.aggregate import combine

    cfg = predictor.config
    labels = predictor.classify([Statement(r["text"], context=r["context"], speaker=r["speaker"]) for r in rows],
                                [r["target"] for r in rows])
    owners = list(dict.fromkeys(r["owner"] for r in rows))
    mine: dict[str, list] = {o: [] for o in owners}
    gold: dict[str, str] = {}
    for r, lab in zip(rows, labels):
        mine[r["owner"]].append(lab)
        gold[r["owner"]] = r["stance"]
    scores = [combine(mine[o], cfg.stance_labels, cfg.sentiment_labels)[0] for o in owners]
    return (np.array([[s[n] for n in cfg.stance_labels] for s in scores]), [gold[o] for o in owners], owners)


def _nll(log_p: np.ndarray, y: np.ndarray, params: np.ndarray) -> float:
    z = log_p / np.exp(params[0]) + np.concatenate([[0.0], params[1:]])
    z = z - z.max(1, keepdims=True)
    return float(-(z[np.arange(len(y)), y] - np.log(np.exp(z).sum(1))).mean())


def fit(scores: np.ndarray, gold: list[str], labels: tuple[str, ...]) -> dict[str, Any]:
    """Temperature and bias (the first label's fixed at 0) minimising the speakers' negative log-likelihood."""
    from scipy.optimize import minimize

    log_p = np.log(np.clip(scores, 1e-12, None))
    y = np.array([labels.index(g) for g in gold])
    start = np.zeros(len(labels))
    res = minimize(lambda v: _nll(log_p, y, v), start, method="Nelder-Mead",
                   options={"xatol": 1e-4, "fatol": 1e-7, "maxiter": 4000})
    t = float(np.exp(res.x[0]))
    bias = {labels[0]: 0.0, **{lab: round(float(b), 4) for lab, b in zip(labels[1:], res.x[1:])}}
    return {"temperature": round(t, 4), "bias": bias,
            "nll": {"before": round(_nll(log_p, y, start), 4), "after": round(float(res.fun), 4)}}


def write_calibration(model_dir: Path, calibration: dict[str, Any]) -> None:
    """Replace ``speaker_calibration`` in ``stance_config.json`` atomically (the rest is kept as it is)."""
    path = model_dir / "stance_config.json"
    cfg = json.loads(path.read_text(encoding="utf-8"))
    cfg["speaker_calibration"] = calibration
    fd, tmp = tempfile.mkstemp(dir=model_dir, prefix=".stance_config.", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", required=True, help="model directory; its stance_config.json is updated")
    ap.add_argument("--sets", default=None,
                    help="comma-separated article sets (default: speaker_calibration in tests/data/speaker_sets.json)")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = ap.parse_args(argv)
    import stance

    names = args.sets.split(",") if args.sets else calibration_sets()
    rows = speaker_rows(names)
    if not rows:
        raise SystemExit(f"no speakers with a single label in sets {names}")
    predictor = stance.load(args.model, device="cpu")
    scores, gold, _ = speaker_means(predictor, rows)
    result = fit(scores, gold, predictor.config.stance_labels)
    result["fitted"] = {"sets": names, "speakers": len(gold), "quotes": len(rows), "nll": result.pop("nll")}
    print(json.dumps(result, indent=2))
    if not args.dry_run:
        write_calibration(Path(args.model), result)
        print(f"-> {Path(args.model) / 'stance_config.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
