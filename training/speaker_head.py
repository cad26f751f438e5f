"""Fit the learnt speaker heads (``stance.speaker_head``) on development speakers and store them in the model's
``stance_config.json`` as ``speaker_head``.

Each gold speaker of the named article sets (development sets the model did not train on; speakers with two
acceptable labels are left out) is classified as ``predict()`` classifies a speaker: every quote with its context,
and the joined pass over all of their quotes. Each speaker counts twice, once with the article's hand-written
target and once with the target ``predict(text)`` derives from the headline when given none, so that the heads
serve both. A multinomial logistic regression (L2, C = 1) per head maps the ``quote-scores-v1`` features to the
speaker's label (``benchmarks/results/speaker-head-prereg.md`` says how this recipe was chosen; ``--features
quote-scores-v2`` lets the stance head also read the quotes' sentiment, measured and not adopted in
``speaker-head-v2-decision.json``). A temperature per head is fitted either on other
development sets (``--temperature-sets``) or on out-of-fold logits of the same sets (``--temperature-folds K``:
folds of K consecutive sets, each scored by a head fitted on the others).

    python -m training.speaker_head --model models/talks-minilm --heads stance \
        --temperature-sets dev72,dev73,dev74,dev75,dev76,dev77,dev78,dev79           # as shipped
    python -m training.speaker_head --model DIR --sets dev48,...,dev79 --heads stance \
        --features quote-scores-v2 --temperature-folds 4                             # the v2 candidate
    python -m training.speaker_head --model DIR --sets ... --heads stance --dry-run
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from stance.speaker_head import FEATURES_V1, FEATURES_V2, READS, reads_sentiment

from .speaker_calibration import calibration_sets, speaker_rows, write_card_section, write_config_keys
from .speaker_rows import ARTICLES, SETS

HEADS = ("stance", "sentiment")
CARD_HEAD = "## Speaker head"


def headline_targets(rows: list[dict[str, Any]], articles: Path = ARTICLES) -> dict[int, str]:
    """The headline target of every article the rows come from (ids are ``spk-<article>-<speaker>-<quote>``)."""
    from stance.targets import article_target

    numbers = {int(r["id"].split("-")[1]) for r in rows}
    paths = {int(p.name.split("-", 1)[0]): p for p in articles.glob("*.txt") if p.name.split("-", 1)[0].isdigit()}
    return {n: article_target(paths[n].read_text(encoding="utf-8")) for n in sorted(numbers)}


def speaker_features(predictor, rows: list[dict[str, Any]], targets: list[str],
                     layout: str | None = None) -> dict[str, Any]:
    """Per speaker (rows grouped by ``owner``, in first-seen order) the features of each head in ``layout``
    (default ``quote-scores-v1``) and the gold labels, every quote and the joined pass classified with
    ``targets`` (one per row)."""
    from stance import Statement
    from stance.speaker_head import features

    layout = layout or FEATURES_V1
    cfg = predictor.config
    labels = predictor.classify([Statement(r["text"], context=r["context"], speaker=r["speaker"]) for r in rows],
                                targets)
    owners = list(dict.fromkeys(r["owner"] for r in rows))
    mine: dict[str, list[int]] = {o: [] for o in owners}
    for i, r in enumerate(rows):
        mine[r["owner"]].append(i)
    firsts = [rows[mine[o][0]] for o in owners]
    joined = predictor.classify_joined([[rows[i]["text"] for i in mine[o]] for o in owners],
                                       [targets[mine[o][0]] for o in owners], [f["speaker"] for f in firsts])
    def scores(head: str, names: tuple[str, ...], o: str) -> np.ndarray:
        return np.array([[getattr(labels[i], f"{head}_scores")[n] for n in names] for i in mine[o]])

    out: dict[str, Any] = {"owners": owners, "layout": layout}
    for head, names in (("stance", cfg.stance_labels), ("sentiment", cfg.sentiment_labels)):
        neutral = list(names).index("neutral") if head == "stance" else None
        reads_other = head == "stance" and reads_sentiment(layout)
        rows_x = [features(scores(head, names, o), np.array([getattr(j, f"{head}_scores")[n] for n in names]),
                           neutral, scores("sentiment", cfg.sentiment_labels, o) if reads_other else None)
                  for o, j in zip(owners, joined)]
        out[head] = {"x": np.array(rows_x), "y": [f[head] for f in firsts], "labels": tuple(names)}
    return out


def both_forms(predictor, rows: list[dict[str, Any]], layout: str | None = None) -> list[dict[str, Any]]:
    """:func:`speaker_features` with the hand-written targets, then with the headline targets."""
    headline = headline_targets(rows)
    return [speaker_features(predictor, rows, [r["target"] for r in rows], layout),
            speaker_features(predictor, rows, [headline[int(r["id"].split("-")[1])] for r in rows], layout)]


def fit_head(x: np.ndarray, y: list[str], labels: tuple[str, ...], c: float = 1.0) -> dict[str, Any]:
    """A multinomial logistic regression from features to labels, as ``speaker_head`` stores a head."""
    from sklearn.linear_model import LogisticRegression

    missing = sorted(set(labels) - set(y))
    if missing:
        raise ValueError(f"no training speaker is labelled {missing}; a head needs every label")
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [labels.index(v) for v in y])
    return {"labels": list(labels), "coef": np.round(model.coef_, 6).tolist(),
            "intercept": np.round(model.intercept_, 6).tolist()}


def fit(forms: list[dict[str, Any]], heads: tuple[str, ...] = HEADS, c: float = 1.0) -> dict[str, Any]:
    """The ``speaker_head`` block: one head per name in ``heads``, fitted on all target forms' speakers."""
    block: dict[str, Any] = {"features": forms[0].get("layout", FEATURES_V1)}
    for head in heads:
        x = np.vstack([f[head]["x"] for f in forms])
        y = [v for f in forms for v in f[head]["y"]]
        block[head] = fit_head(x, y, forms[0][head]["labels"], c)
    return block


def _logits(head: dict[str, Any], x: np.ndarray) -> np.ndarray:
    """Each row's logits as the library computes them (:meth:`stance.speaker_head.Head.logits`)."""
    from stance.speaker_head import Head

    h = Head.from_dict({**head, "temperature": 1.0}, tuple(head["labels"]), "head", len(head["coef"][0]))
    return np.array([h.logits(row) for row in x])


def _logits_and_gold(head: dict[str, Any], forms: list[dict[str, Any]], name: str) -> tuple[np.ndarray, np.ndarray]:
    """``head``'s logits for every speaker of ``forms`` and their gold label indices."""
    z = _logits(head, np.vstack([f[name]["x"] for f in forms]))
    return z, np.array([head["labels"].index(v) for f in forms for v in f[name]["y"]])


def fit_temperature(head: dict[str, Any], forms: list[dict[str, Any]], name: str = "stance") -> float:
    """The temperature that minimises the negative log-likelihood of ``head``'s scores on the speakers of ``forms``
    (fitted on other speakers than the head's weights; it changes no label)."""
    return temperature_of(*_logits_and_gold(head, forms, name))


def out_of_fold_logits(forms: list[dict[str, Any]], folds: list[list[str]], set_of: dict[str, str],
                       name: str = "stance", c: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Logits and gold label indices of every speaker of ``forms`` (all target forms), each scored by a head
    fitted on the speakers of the other folds (``set_of``: a speaker's owner id -> its set name)."""
    labels = forms[0][name]["labels"]
    fold = {s: k for k, names in enumerate(folds) for s in names}
    where = [np.array([fold[set_of[o]] for o in f["owners"]]) for f in forms]
    zs, ys = [], []
    for k in range(len(folds)):
        x = np.vstack([f[name]["x"][w != k] for f, w in zip(forms, where)])
        y = [v for f, w in zip(forms, where) for v, i in zip(f[name]["y"], w) if i != k]
        head = fit_head(x, y, labels, c)
        for f, w in zip(forms, where):
            zs.append(_logits(head, f[name]["x"][w == k]))
            ys.extend(labels.index(v) for v, i in zip(f[name]["y"], w) if i == k)
    return np.vstack(zs), np.array(ys)


def temperature_of(z: np.ndarray, y: np.ndarray) -> float:
    """The temperature minimising the negative log-likelihood of ``softmax(z / T)`` for labels ``y``."""
    from scipy.optimize import minimize_scalar

    def nll(log_t: float) -> float:
        s = z / np.exp(log_t)
        s = s - s.max(1, keepdims=True)
        return float(-(s[np.arange(len(y)), y] - np.log(np.exp(s).sum(1))).mean())

    return round(float(np.exp(minimize_scalar(nll, bounds=(-3, 3), method="bounded").x)), 4)


def expected_calibration_error(head: dict[str, Any], forms: list[dict[str, Any]], temperature: float = 1.0,
                               name: str = "stance", bins: int = 10) -> float:
    """ECE of the predicted label's score (equal-width bins) over the speakers of ``forms``."""
    z, y = _logits_and_gold(head, forms, name)
    z = z / temperature
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    conf, ok = p.max(1), (p.argmax(1) == y).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    return float(sum(m.mean() * abs(conf[m].mean() - ok[m].mean())
                     for lo, hi in zip(edges[:-1], edges[1:]) if (m := (conf > lo) & (conf <= hi)).any()))


def set_names(owners: list[str], sets_file: Path = SETS) -> dict[str, str]:
    """Each speaker owner id (``spk-<article>-<speaker>``) -> the name of the set its article belongs to."""
    ranges = json.loads(sets_file.read_text(encoding="utf-8"))["sets"]
    out = {}
    for o in owners:
        n = int(o.split("-")[1])
        out[o] = next(name for name, (lo, hi) in ranges.items() if lo <= n <= hi)
    return out


def card_section(block: dict[str, Any]) -> str:
    """The model card's section on the speaker head, from what was fitted."""
    fitted = block["fitted"]
    heads = [h for h in HEADS if h in block]
    others = [h for h in HEADS if h not in block]
    return "\n".join([
        CARD_HEAD,
        f"The {' and '.join(heads)} label of a speaker is learnt from all of their quotes' scores "
        f"(`stance.speaker_head`, features `{block['features']}`: log of the mean quote scores, log of the joined "
        "pass's scores, the max and the mean over quotes of the log scores, log of the number of quotes"
        + (", and for stance the mean over quotes of the log sentiment scores" if reads_sentiment(block["features"])
           else "") + "), by a "
        f"multinomial logistic regression fitted on {fitted['speakers']} development speakers the model never "
        f"trained on ({fitted['quotes']} quotes; sets {', '.join(fitted['sets'])}), each speaker under the article's "
        "target and under the headline target `predict(text)` derives (`python -m training.speaker_head`). "
        f"It replaces the speaker calibration and the joined mix for {'that head' if len(heads) == 1 else 'both heads'}"
        + (f"; {' and '.join(others)} keep{'s' if len(others) == 1 else ''} them." if others else ".")
        + (" The speaker calibration is then not applied; it stays in `stance_config.json` for a reader without the "
           "head." if "stance" in heads else "")
        + "".join(f" The {h} head's logits are divided by a temperature of {block[h]['temperature']:.2f}, fitted on "
                  + (f"{', '.join(fitted['temperature_sets'])}" if "temperature_sets" in fitted else
                     f"out-of-fold logits of the same speakers (folds of {fitted.get('temperature_folds')} sets)")
                  + " (it changes confidences, not labels)."
                  for h in heads if "temperature" in block[h])
        + " The decisions that shipped it, with their numbers: `benchmarks/results/speaker-head-decision.json`"
        + (", `speaker-head-temperature-decision.json`" if any("temperature" in block[h] for h in heads) else "")
        + (", `speaker-head-v2-decision.json`" if reads_sentiment(block["features"]) else "") + ".",
        ""])


def group_or_sets(value: str) -> list[str]:
    """Set names from a comma-separated list, or the list under that group name in the sets file."""
    groups = json.loads(SETS.read_text(encoding="utf-8"))
    if value in groups and isinstance(groups[value], list):
        return list(groups[value])
    return [n for n in value.split(",") if n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", required=True, help="model directory; its stance_config.json is updated")
    ap.add_argument("--sets", default=None, help="comma-separated development sets, never a held-out test set "
                    "(default: speaker_head in tests/data/speaker_sets.json)")
    ap.add_argument("--heads", default=",".join(HEADS), help="which heads to fit: stance, sentiment or both")
    ap.add_argument("--temperature-sets", default=None,
                    help="development sets (comma-separated or a group of tests/data/speaker_sets.json), none of "
                         "--sets: fit each head's temperature there (confidences, not labels); default: none")
    ap.add_argument("--temperature-folds", type=int, default=None, metavar="K",
                    help="instead: fit each head's temperature on out-of-fold logits of --sets (folds of K "
                         "consecutive sets, each scored by a head fitted on the others)")
    ap.add_argument("--features", default=FEATURES_V1, choices=READS,
                    help=f"feature layout (default {FEATURES_V1}, as shipped; {FEATURES_V2}: the stance head also reads "
                         "the quotes' sentiment, not adopted in speaker-head-v2-decision.json)")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = ap.parse_args(argv)
    heads = tuple(h for h in args.heads.split(",") if h)
    if not heads or set(heads) - set(HEADS):
        ap.error(f"--heads takes {', '.join(HEADS)}, got {args.heads!r}")
    names = args.sets.split(",") if args.sets else calibration_sets(key="speaker_head")
    if any(n.startswith("test") for n in names):
        ap.error("the held-out test sets only report; fit on development sets")
    if args.temperature_folds and args.temperature_sets:
        ap.error("give --temperature-sets or --temperature-folds, not both")
    if args.temperature_folds is not None and not 1 <= args.temperature_folds < len(names):
        ap.error(f"--temperature-folds must leave at least two folds of the {len(names)} sets, "
                 f"got {args.temperature_folds}")
    import stance

    model = Path(args.model)
    predictor = stance.load(str(model), device="cpu")
    rows = speaker_rows(names)
    if not rows:
        raise SystemExit(f"no speakers with a single label in sets {names}")
    forms = both_forms(predictor, rows, args.features)
    block = fit(forms, heads)
    block["fitted"] = {"sets": names, "speakers": len({r["owner"] for r in rows}), "quotes": len(rows),
                       "target_forms": ["article", "headline"]}
    if args.temperature_folds:
        k = args.temperature_folds
        folds = [names[i : i + k] for i in range(0, len(names), k)]
        owners = set_names([o for f in forms for o in f["owners"]])
        for head in heads:
            block[head]["temperature"] = temperature_of(*out_of_fold_logits(forms, folds, owners, head))
        block["fitted"]["temperature_folds"] = k
    elif args.temperature_sets:
        others = group_or_sets(args.temperature_sets)
        if set(others) & set(names) or any(n.startswith("test") for n in others):
            ap.error("--temperature-sets must be development sets other than --sets")
        forms = both_forms(predictor, speaker_rows(others), args.features)
        for head in heads:
            block[head]["temperature"] = fit_temperature(block[head], forms, head)
        block["fitted"]["temperature_sets"] = others
    print(json.dumps(block["fitted"], indent=2))
    if not args.dry_run:
        write_config_keys(model, speaker_head=block)
        write_card_section(model, card_section(block), CARD_HEAD)
        print(f"-> {model / 'stance_config.json'}, {model / 'README.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
