"""Fit how a speaker's averaged stance scores become their label, on development speakers, and store it in
the model's ``stance_config.json`` as ``speaker_calibration`` (read by ``stance.aggregate``).

The quote-level model is calibrated per quote (temperature on the corpus dev split). A speaker's label is the
weighted mean of their quotes' scores, and that mean is flatter than any one quote and, measured on speakers the
model never trained on, calls too few speakers skeptical. This fits a temperature and a per-label bias to those
means by negative log-likelihood, on the gold speakers of the article sets that ``tests/data/speaker_sets.json``
lists under ``speaker_calibration`` (development sets the model did not train on; the held-out test sets are
never used). Speakers with two acceptable labels are left out.

    python -m training.speaker_calibration --model models/talks-minilm            # fit, write config and card
    python -m training.speaker_calibration --model DIR --sets dev8,dev9 --dry-run  # fit and print only
    python -m training.speaker_calibration --model DIR --card-only                 # measure, rewrite the card
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

from .speaker_rows import ARTICLES, SETS, rows_by_split

GROUP_KEY = "speaker_calibration"


def calibration_sets(sets_file: Path = SETS, key: str = GROUP_KEY) -> list[str]:
    """The set names listed under ``key`` (default ``speaker_calibration``) in the sets file."""
    return list(json.loads(sets_file.read_text(encoding="utf-8"))[key])


def speaker_rows(names: list[str], articles: Path = ARTICLES, sets_file: Path = SETS) -> list[dict[str, Any]]:
    """Corpus-schema rows (one per gold quote, the speaker's label) of the articles in the named sets,
    each with ``owner``: one id per speaker."""
    ranges = json.loads(sets_file.read_text(encoding="utf-8"))["sets"]
    unknown = [n for n in names if n not in ranges]
    if unknown:
        raise ValueError(f"{sets_file}: no set named {unknown} (known: {sorted(ranges)})")
    rows = rows_by_split(lambda k: "calibration" if any(ranges[n][0] <= k <= ranges[n][1] for n in names) else None,
                         articles)
    for r in rows:
        r["owner"] = r["id"].rsplit("-", 1)[0]  # spk-<article>-<speaker>
    return rows


def speaker_means(predictor, rows: list[dict[str, Any]]) -> tuple[np.ndarray, list[str], list[str]]:
    """Each speaker's uncalibrated aggregate stance scores (as ``predict`` combines quotes, the model's joined
    pass included) and gold label."""
    from stance import Statement
    from stance.aggregate import combine

    cfg = predictor.config
    labels = predictor.classify([Statement(r["text"], context=r["context"], speaker=r["speaker"]) for r in rows],
                                [r["target"] for r in rows])
    owners = list(dict.fromkeys(r["owner"] for r in rows))
    mine: dict[str, list] = {o: [] for o in owners}
    first: dict[str, dict[str, Any]] = {}
    for r, lab in zip(rows, labels):
        mine[r["owner"]].append(lab)
        first.setdefault(r["owner"], r)
    gold = {o: first[o]["stance"] for o in owners}
    joined = predictor.joined_labels([[lab.text for lab in mine[o]] for o in owners],
                                     [first[o]["target"] for o in owners], [first[o]["speaker"] for o in owners])
    scores = [combine(mine[o], cfg.stance_labels, cfg.sentiment_labels, None, j, cfg.joined_pass)[0]
              for o, j in zip(owners, joined)]
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


def write_calibration(model_dir: Path, calibration: dict[str, Any], joined_pass: dict[str, Any] | None = None) -> None:
    """Replace ``speaker_calibration`` (and ``joined_pass``, when given) in ``stance_config.json`` atomically
    (the rest is kept as it is)."""
    write_config_keys(model_dir, speaker_calibration=calibration,
                      **({"joined_pass": joined_pass} if joined_pass is not None else {}))


def write_config_keys(model_dir: Path, **keys: Any) -> None:
    """Replace these top-level keys of ``stance_config.json`` atomically (the rest is kept as it is)."""
    path = model_dir / "stance_config.json"
    cfg = json.loads(path.read_text(encoding="utf-8"))
    cfg.update(keys)
    fd, tmp = tempfile.mkstemp(dir=model_dir, prefix=".stance_config.", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def held_out_sets(sets_file: Path = SETS) -> list[str]:
    """The held-out test sets, which only report (never fit)."""
    return [n for n in json.loads(sets_file.read_text(encoding="utf-8"))["sets"] if n.startswith("test")]


def macro_f1(scores: np.ndarray, gold: list[str], labels: tuple[str, ...],
             calibration: dict[str, Any] | None = None) -> float:
    """Speaker-level stance macro-F1 of the argmax, with ``calibration`` applied when given."""
    from sklearn.metrics import f1_score

    from stance.model_io import SpeakerCalibration

    rows = [dict(zip(labels, map(float, row))) for row in scores]
    if calibration is not None:  # the library's own transform, as predict() applies it
        cal = SpeakerCalibration.from_dict(calibration, list(labels))
        rows = [cal.apply(r) for r in rows]
    pred = [max(r, key=r.__getitem__) for r in rows]
    return float(f1_score(gold, pred, labels=list(labels), average="macro", zero_division=0))


def report(predictor, calibration: dict[str, Any], groups: dict[str, list[str]]) -> dict[str, Any]:
    """Speaker-level stance macro-F1 without and with ``calibration`` on each group of article sets."""
    labels = predictor.config.stance_labels
    out = {}
    for name, sets in groups.items():
        scores, gold, _ = speaker_means(predictor, speaker_rows(sets))
        out[name] = {"sets": sets, "speakers": len(gold), "macro_f1_before": round(macro_f1(scores, gold, labels), 3),
                     "macro_f1_after": round(macro_f1(scores, gold, labels, calibration), 3)}
    return out


_CARD_HEAD = "## Speaker calibration"


def card_section(calibration: dict[str, Any], measured: dict[str, Any], joined_pass: dict[str, Any] | None = None) -> str:
    """The model card's section on the speaker calibration, from the fit and the measured report."""
    fitted = calibration.get("fitted", {})
    bias = ", ".join(f"{k} {v:+.2f}" for k, v in calibration["bias"].items())
    mixed = ""
    if joined_pass and joined_pass.get("stance", 0) > 0:
        mixed = (f" mixed with one pass over all of their quotes joined (geometric mean, weight "
                 f"{joined_pass['stance']:.2f} on the joined pass; sentiment weight {joined_pass.get('sentiment', 0):.2f}),")
    lines = [_CARD_HEAD,
             f"A speaker's label comes from the weighted mean of their quotes' scores,{mixed} rescaled as "
             f"`softmax(log(p) / {calibration['temperature']:.2f} + bias)` with bias {bias}, fitted by negative "
             f"log-likelihood on {fitted.get('speakers', '?')} development speakers the model never trained on "
             f"(sets {', '.join(fitted.get('sets', []))}; `python -m training.speaker_calibration`). "
             "Speaker-level stance macro-F1 without / with it (the held-out sets were used for neither training nor "
             "the fit):", "",
             "| speakers | n | without | with |", "| --- | ---: | ---: | ---: |"]
    for name, r in measured.items():
        lines.append(f"| {name} | {r['speakers']} | {r['macro_f1_before']:.3f} | {r['macro_f1_after']:.3f} |")
    lines += ["", "The speakers it is fitted and measured on come from wire-style articles the team wrote, not from real "
              "news; the bias assumes that real speakers mix opinionated and factual quotes the same way. Quote-level "
              "`classify` output is not changed by it."]
    return "\n".join(lines) + "\n"


def write_card_section(model_dir: Path, section: str, heading: str = _CARD_HEAD) -> None:
    """Put ``section`` (which starts with ``heading``) into the model card, replacing an earlier one, before
    "## Does it read the target?"."""
    path = model_dir / "README.md"
    if not path.is_file():
        return
    text = path.read_text(encoding="utf-8")
    if heading in text:
        start = text.index(heading)
        nxt = text.find("\n## ", start + len(heading))
        text = text[:start] + section + ("\n" + text[nxt + 1:] if nxt >= 0 else "")
    else:
        at = text.find("## Does it read the target?")
        at = at if at >= 0 else len(text)
        text = text[:at] + section + "\n" + text[at:]
    path.write_text(text, encoding="utf-8")


def set_joined_pass(predictor, stance_weight: float | None, sentiment_weight: float | None) -> dict[str, Any]:
    """Give the loaded predictor a joined pass with these weights (None keeps the model's); returns its dict."""
    import dataclasses

    from stance.model_io import JoinedPass

    cfg = predictor.config
    old = cfg.joined_pass or JoinedPass()
    new = JoinedPass.from_dict({"stance": old.stance if stance_weight is None else stance_weight,
                                "sentiment": old.sentiment if sentiment_weight is None else sentiment_weight})
    predictor.classifier.config = dataclasses.replace(cfg, joined_pass=new)
    return new.to_dict()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", required=True, help="model directory; its stance_config.json is updated")
    ap.add_argument("--sets", default=None,
                    help="comma-separated article sets (default: speaker_calibration in tests/data/speaker_sets.json)")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    ap.add_argument("--card-only", action="store_true",
                    help="keep the model's calibration; measure it and rewrite the model card's section only")
    ap.add_argument("--joined-stance", type=float, default=None, metavar="W",
                    help="set the joined pass's stance weight (0 turns it off) and fit the calibration on the mixed "
                         "scores; default: keep the model's")
    ap.add_argument("--joined-sentiment", type=float, default=None, metavar="W",
                    help="set the joined pass's sentiment weight; default: keep the model's")
    args = ap.parse_args(argv)
    import stance

    model = Path(args.model)
    predictor = stance.load(str(model), device="cpu")
    joined_pass = None
    if args.joined_stance is not None or args.joined_sentiment is not None:
        if args.card_only:
            raise SystemExit("--joined-stance/--joined-sentiment change the model; they cannot go with --card-only")
        joined_pass = set_joined_pass(predictor, args.joined_stance, args.joined_sentiment)
    if args.card_only:
        cal = predictor.config.speaker_calibration
        if cal is None:
            raise SystemExit(f"{model}: stance_config.json has no speaker_calibration to report")
        result = cal.to_dict()
        names = list(result.get("fitted", {}).get("sets", [])) or calibration_sets()
    else:
        names = args.sets.split(",") if args.sets else calibration_sets()
        rows = speaker_rows(names)
        if not rows:
            raise SystemExit(f"no speakers with a single label in sets {names}")
        scores, gold, _ = speaker_means(predictor, rows)
        result = fit(scores, gold, predictor.config.stance_labels)
        result["fitted"] = {"sets": names, "speakers": len(gold), "quotes": len(rows), "nll": result.pop("nll")}
    measured = report(predictor, result, {"fitted development speakers": names,
                                          "held-out test speakers": held_out_sets()})
    print(json.dumps({**result, "measured": measured}, indent=2))
    if not args.dry_run:
        if not args.card_only:
            write_calibration(model, result, joined_pass)
        jp = predictor.config.joined_pass
        write_card_section(model, card_section(result, measured, jp.to_dict() if jp else None))
        print(f"-> {model / 'stance_config.json'}, {model / 'README.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
