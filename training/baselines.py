"""Reference baselines for both heads: majority class, TF-IDF + logistic regression, and VADER.

The fine-tuned model must beat these in the same evaluation run (issue 5). All are trained on the
corpus ``train`` split only and scored with :func:`training.metrics.macro_f1`.

    python -m training.baselines                  # markdown table: written dev, real dev, real test
    python -m training.baselines --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from stance.types import SENTIMENT_LABELS, STANCE_LABELS

from . import require
from .corpus import Example, load_corpus
from .metrics import macro_f1

HEADS: dict[str, tuple[str, ...]] = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}
VADER_POSITIVE = 0.05
VADER_NEGATIVE = -0.05


class Majority:
    """Predicts the most frequent training label of each head."""

    heads = ("stance", "sentiment")

    def fit(self, train: Sequence[Example]) -> Majority:
        """Count the labels of ``train``; ties go to the label listed first."""
        self.label: dict[str, str] = {}
        for head, labels in HEADS.items():
            counts = Counter(getattr(x, head) for x in train if getattr(x, head))
            self.label[head] = max(labels, key=lambda lab: (counts[lab], -labels.index(lab)))
        return self

    def predict(self, examples: Sequence[Example], head: str) -> list[str]:
        """The majority label for every example."""
        return [self.label[head]] * len(examples)


class TfidfLR:
    """TF-IDF (word 1-2 grams) + logistic regression, one classifier per head.

    Args:
        with_target: input is ``target + " || " + text`` when True, ``text`` alone when False.
        C: inverse regularisation strength of the logistic regression.
    """

    heads = ("stance", "sentiment")

    def __init__(self, *, with_target: bool = True, C: float = 1.0) -> None:
        self.with_target = with_target
        self.C = C
        self.models: dict[str, Any] = {}

    def _inputs(self, examples: Sequence[Example]) -> list[str]:
        return [f"{x.target} || {x.text}" if self.with_target else x.text for x in examples]

    def fit(self, train: Sequence[Example]) -> TfidfLR:
        """Fit one pipeline per head on the examples that carry that head's label."""
        require("sklearn")
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        for head in self.heads:
            rows = [x for x in train if getattr(x, head)]
            if not rows:
                raise ValueError(f"no training rows carry a {head} label")
            pipe = make_pipeline(
                TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, strip_accents="unicode"),
                LogisticRegression(C=self.C, max_iter=2000, class_weight="balanced"),
            )
            self.models[head] = pipe.fit(self._inputs(rows), [getattr(x, head) for x in rows])
        return self

    def predict(self, examples: Sequence[Example], head: str) -> list[str]:
        """Predicted labels of ``head`` for ``examples``."""
        if not examples:
            return []
        return [str(y) for y in self.models[head].predict(self._inputs(examples))]


class Vader:
    """VADER compound score on the statement text: >= 0.05 positive, <= -0.05 negative, else neutral."""

    heads = ("sentiment",)

    def fit(self, train: Sequence[Example]) -> Vader:
        """Nothing to learn; loads the lexicon."""
        mod = require("vaderSentiment.vaderSentiment", extra="dev")
        self.analyzer = mod.SentimentIntensityAnalyzer()
        return self

    def predict(self, examples: Sequence[Example], head: str) -> list[str]:
        """Sentiment labels from the compound score."""
        if head != "sentiment":
            raise ValueError(f"VADER predicts sentiment only, not {head!r}")
        return [vader_label(self.analyzer.polarity_scores(x.text)["compound"]) for x in examples]


def vader_label(compound: float) -> str:
    """Map a VADER compound score to a sentiment label (the thresholds VADER's authors recommend)."""
    if compound >= VADER_POSITIVE:
        return "positive"
    if compound <= VADER_NEGATIVE:
        return "negative"
    return "neutral"


def default_baselines() -> dict[str, Any]:
    """The baselines reported for every model, by display name (unfitted)."""
    return {
        "majority": Majority(),
        "tfidf-lr (target || text)": TfidfLR(with_target=True),
        "tfidf-lr (text only)": TfidfLR(with_target=False),
        "vader": Vader(),
    }


def score(model: Any, examples: Sequence[Example], head: str) -> float | None:
    """Macro-F1 of a fitted baseline on the examples labelled for ``head``; None when not applicable."""
    rows = [x for x in examples if getattr(x, head)]
    if head not in model.heads or not rows:
        return None
    labels = HEADS[head]
    gold = [labels.index(getattr(x, head)) for x in rows]
    pred = [labels.index(p) for p in model.predict(rows, head)]
    return macro_f1(gold, pred, len(labels))


def run_baselines(train: Sequence[Example], evaluations: dict[str, list[Example]],
                  baselines: dict[str, Any] | None = None) -> dict[str, dict[str, dict[str, float | None]]]:
    """Fit every baseline on ``train`` and score it on each evaluation set.

    Args:
        train: the training examples (the corpus ``train`` split).
        evaluations: evaluation sets by name.
        baselines: unfitted baselines by name; :func:`default_baselines` when None.

    Returns:
        ``{baseline: {evaluation: {"stance": macro-F1 | None, "sentiment": macro-F1 | None}}}``;
        None where a baseline does not predict that head or no example carries the label.
    """
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for name, model in (baselines or default_baselines()).items():
        model.fit(train)
        out[name] = {ev: {head: score(model, xs, head) for head in HEADS} for ev, xs in evaluations.items()}
    return out


def corpus_evaluations(examples: Sequence[Example]) -> tuple[list[Example], dict[str, list[Example]]]:
    """The corpus ``train`` split and the three reported sets: written dev, real dev, real test."""
    train = [x for x in examples if x.split == "train"]
    evals = {
        "written dev": [x for x in examples if x.split == "dev" and x.origin == "written"],
        "real dev": [x for x in examples if x.split == "dev" and x.origin == "real"],
        "real test": [x for x in examples if x.split == "test" and x.origin == "real"],
    }
    return train, evals


def markdown_table(results: dict[str, dict[str, dict[str, float | None]]], sizes: dict[str, int]) -> str:
    """Results as a markdown table: one row per baseline, a stance and a sentiment column per set."""
    evals = list(sizes)
    head = "| baseline | " + " | ".join(f"{ev} (n={sizes[ev]}) {h}" for ev in evals for h in HEADS) + " |"
    rule = "| --- |" + " ---: |" * (len(evals) * len(HEADS))
    rows = [head, rule]
    for name, per_eval in results.items():
        cells = [_cell(per_eval.get(ev, {}).get(h)) for ev in evals for h in HEADS]
        label = name.replace("|", "\\|")  # a bare pipe would split the cell
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    """CLI: fit the baselines on the corpus train split and print the table."""
    ap = argparse.ArgumentParser(prog="python -m training.baselines", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", help="shared data directory (default ../shared/data)")
    ap.add_argument("--json", help="also write the results as JSON here")
    args = ap.parse_args(argv)
    train, evals = corpus_evaluations(load_corpus(shared=args.shared))
    if not train:
        print("error: the corpus has no train split", file=sys.stderr)
        return 2
    results = run_baselines(train, evals)
    sizes = {ev: len(xs) for ev, xs in evals.items()}
    print(f"trained on the corpus train split (n={len(train)}); macro-F1\n")
    print(markdown_table(results, sizes))
    if args.json:
        payload = {"train_size": len(train), "sizes": sizes, "results": results}
        Path(args.json).write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
