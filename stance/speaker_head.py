"""Speakers stage, learnt: a speaker's label from features of all of their quotes' scores.

The fixed rule (``stance.aggregate``: a weighted mean, mixed with the joined pass, then a temperature and two
biases) weighs a speaker's strongest quote, their typical quote and the joined pass in one way for every speaker.
A :class:`SpeakerHead` learns that weighing per label from development speakers the model never trained on
(``python -m training.speaker_head``): for each head, ``softmax(W x + b)`` over :func:`features`. It is stored in
``stance_config.json`` as ``speaker_head`` and, for the heads it has, replaces the mix and the calibration.

Two feature layouts are read: ``quote-scores-v1`` (each head sees its own scores) and ``quote-scores-v2`` (the
stance head also sees the mean log sentiment score of the speaker's quotes; the sentiment head as in v1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

FEATURES_V1 = "quote-scores-v1"  # each head: its own quote scores (13 features for 3 labels)
FEATURES_V2 = "quote-scores-v2"  # v1, and the stance head also reads the quotes' sentiment (16 for 3 + 3 labels)
READS = (FEATURES_V1, FEATURES_V2)  # a model naming another layout is refused at load
NEUTRAL_FLOOR = 0.25  # a quote's weight in a speaker's stance mean is NEUTRAL_FLOOR + 1 - p(neutral)
_EPS = 1e-9


def _log(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, _EPS, None))


def features(quotes: np.ndarray, joined: np.ndarray, neutral: int | None = None,
             other: np.ndarray | None = None) -> np.ndarray:
    """The features of one speaker and one head, from their quotes' score rows (n x labels) and their joined
    pass's scores: log of the mean of the quote rows (weighted ``NEUTRAL_FLOOR + 1 - p(neutral)`` when ``neutral``
    gives that label's column, as the stance mean is), log of the joined scores, the max and the mean over quotes of
    the log scores, and log of the number of quotes (3 x 4 + 1 for 3 labels: ``quote-scores-v1``); with ``other``,
    the same quotes' rows of the other head (n x its labels), the mean over quotes of their log scores after
    that (``quote-scores-v2``'s stance head: 16)."""
    quotes = np.asarray(quotes, dtype=np.float64)
    if quotes.ndim != 2 or len(quotes) == 0:
        raise ValueError(f"features() needs a non-empty (quotes x labels) matrix, got shape {quotes.shape}")
    mean = quote_mean(quotes, neutral)
    logs = _log(quotes)
    parts = [_log(mean / mean.sum()), _log(np.asarray(joined, dtype=np.float64)), logs.max(0), logs.mean(0),
             [np.log(len(quotes))]]
    if other is not None:
        other = np.asarray(other, dtype=np.float64)
        if other.shape[0] != len(quotes):
            raise ValueError(f"features(): {len(quotes)} quote rows but {other.shape[0]} rows of the other head")
        parts.append(_log(other).mean(0))
    return np.concatenate(parts)


def quote_mean(quotes: np.ndarray, neutral: int | None = None) -> np.ndarray:
    """The mean of a speaker's quote score rows, weighted ``NEUTRAL_FLOOR + 1 - p(neutral)`` when ``neutral`` gives
    that label's column (opinionated quotes weigh more), plain otherwise; not renormalised."""
    if neutral is None:
        return quotes.mean(0)
    weights = NEUTRAL_FLOOR + 1.0 - quotes[:, neutral]
    return (quotes * weights[:, None]).sum(0) / weights.sum()


def reads_sentiment(layout: str) -> bool:
    """Whether a layout's stance head also reads the quotes' sentiment (``quote-scores-v2``)."""
    return layout != FEATURES_V1


def n_features(n_labels: int, other_labels: int = 0) -> int:
    """How many features :func:`features` gives a head of ``n_labels`` (and ``other_labels`` of the other head)."""
    return 4 * n_labels + 1 + other_labels


@dataclass(frozen=True)
class Head:
    """``softmax((coef @ x + intercept) / temperature)`` over ``labels`` (one row of ``coef`` per label); the
    temperature, fitted on other speakers than the weights, changes the confidence and never the label."""

    labels: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    temperature: float = 1.0

    def logits(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(self.coef) @ np.asarray(x, dtype=np.float64) + np.asarray(self.intercept)

    def scores(self, x: np.ndarray) -> dict[str, float]:
        z = self.logits(x) / self.temperature
        e = np.exp(z - z.max())
        return {n: float(v) for n, v in zip(self.labels, e / e.sum())}

    def to_dict(self) -> dict[str, Any]:
        return {"labels": list(self.labels), "coef": [list(r) for r in self.coef], "intercept": list(self.intercept),
                **({"temperature": self.temperature} if self.temperature != 1.0 else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any], labels: tuple[str, ...], where: str, width: int | None = None) -> Head:
        """``width``: how many features the head reads (default: its own scores only, as in v1)."""
        if list(data.get("labels", [])) != list(labels):
            raise ValueError(f"{where}.labels {data.get('labels')} must equal the model's labels {list(labels)}")
        coef = tuple(tuple(float(v) for v in row) for row in data["coef"])
        intercept = tuple(float(v) for v in data["intercept"])
        width = n_features(len(labels)) if width is None else width
        if len(coef) != len(labels) or any(len(row) != width for row in coef) or len(intercept) != len(labels):
            raise ValueError(f"{where}: coef must be {len(labels)} x {width} and intercept {len(labels)} long, got "
                             f"{len(coef)} x {sorted({len(r) for r in coef})} and {len(intercept)}")
        if not np.isfinite(np.asarray(coef)).all() or not np.isfinite(intercept).all():
            raise ValueError(f"{where}: coef and intercept must be finite numbers")
        temperature = float(data.get("temperature", 1.0))
        if not (np.isfinite(temperature) and temperature > 0):
            raise ValueError(f"{where}.temperature must be a number > 0, got {data.get('temperature')!r}")
        return cls(tuple(labels), coef, intercept, temperature)


@dataclass(frozen=True)
class SpeakerHead:
    """The learnt speaker heads of a model (either may be None: that head keeps the fixed rule)."""

    stance: Head | None = None
    sentiment: Head | None = None
    fitted: dict[str, Any] = field(default_factory=dict)
    layout: str = FEATURES_V1  # which of READS the heads read (from_dict takes it from the model's config)

    @property
    def stance_reads_sentiment(self) -> bool:
        """Whether the stance head's features end with the quotes' sentiment (``quote-scores-v2``)."""
        return reads_sentiment(self.layout)

    def to_dict(self) -> dict[str, Any]:
        return {"features": self.layout, **({"stance": self.stance.to_dict()} if self.stance else {}),
                **({"sentiment": self.sentiment.to_dict()} if self.sentiment else {}),
                **({"fitted": self.fitted} if self.fitted else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any], stance_labels: tuple[str, ...],
                  sentiment_labels: tuple[str, ...]) -> SpeakerHead:
        layout = data.get("features")
        if layout not in READS:
            raise ValueError(f"speaker_head.features is {layout!r}; this release reads {' or '.join(map(repr, READS))}")
        if "neutral" not in stance_labels and "stance" in data:
            raise ValueError("speaker_head.stance needs a 'neutral' stance label (its weighted mean uses it)")
        width = n_features(len(stance_labels), len(sentiment_labels) if reads_sentiment(layout) else 0)
        return cls(Head.from_dict(data["stance"], stance_labels, "speaker_head.stance", width)
                   if "stance" in data else None,
                   Head.from_dict(data["sentiment"], sentiment_labels, "speaker_head.sentiment")
                   if "sentiment" in data else None,
                   dict(data.get("fitted", {})), layout)
