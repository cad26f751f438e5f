"""Speakers stage: one label per speaker from all of their quotes (LABELS.md, "A speaker's label is
judged from all of their quotes in the article together").

Quote score vectors are averaged with weights that favour opinionated quotes: a quote's weight is
``NEUTRAL_FLOOR + (1 - p_neutral)`` (:func:`stance.speaker_head.quote_mean`). A speaker whose only opinionated
quote sits among factual ones keeps that opinion, a speaker with only factual quotes stays neutral, and a mixed
speaker's scores show the mix. The result is still a probability vector, and the label is its argmax.

When the model's ``stance_config.json`` has a ``joined_pass``, the speaker's quotes are also read together:
joined by ``JOINER`` into one statement and classified once (the predictor does that), and the summed
scores are mixed with that label's scores as a weighted geometric mean before the speaker calibration.
When it has a ``speaker_head`` (``stance.speaker_head``), each head it holds replaces that mix and calibration with
a learnt function of all the quotes' scores and the joined pass's.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .model_io import JoinedPass, SpeakerCalibration
from .speaker_head import SpeakerHead, features, quote_mean
from .types import Quote, QuoteStance, SpeakerStance

JOINER = " … "  # between a speaker's quotes in the joined pass (and in training's speaker rows)


def join_quotes(texts: Sequence[str]) -> str:
    """One speaker's quotes as the single statement of the joined pass."""
    return JOINER.join(texts)


def mix(summed: np.ndarray, joined: np.ndarray, weight: float) -> np.ndarray:
    """``normalise(summed ** (1 - weight) * joined ** weight)``; ``weight`` 0 returns ``summed``."""
    if weight <= 0:
        return summed
    log = (1.0 - weight) * np.log(np.clip(summed, 1e-12, None)) + weight * np.log(np.clip(joined, 1e-12, None))
    e = np.exp(log - log.max())
    return e / e.sum()


def _matrix(labels: Sequence[QuoteStance], head: str, names: Sequence[str]) -> np.ndarray:
    return np.array([[getattr(q, f"{head}_scores")[n] for n in names] for q in labels], dtype=np.float64)


def combine(labels: Sequence[QuoteStance], stance_names: Sequence[str], sentiment_names: Sequence[str],
            calibration: SpeakerCalibration | None = None, joined: QuoteStance | None = None,
            joined_pass: JoinedPass | None = None,
            head: SpeakerHead | None = None) -> tuple[dict[str, float], dict[str, float]]:
    """Weighted mean of the quotes' stance scores and plain mean of their sentiment scores, each mixed
    with the ``joined`` label's scores by ``joined_pass`` (when both are given), then ``calibration``
    (if any) on the stance scores; each head that ``head`` holds (it needs ``joined``) replaces all of that."""
    head = head or SpeakerHead()
    if (head.stance or head.sentiment) and joined is None:
        raise ValueError("a speaker head needs the speaker's joined-pass label (classify_joined)")
    stance, senti = _matrix(labels, "stance", stance_names), _matrix(labels, "sentiment", sentiment_names)
    j_stance = _matrix([joined], "stance", stance_names)[0] if joined is not None else None
    j_senti = _matrix([joined], "sentiment", sentiment_names)[0] if joined is not None else None
    if head.stance:
        stance_scores = head.stance.scores(features(stance, j_stance, list(stance_names).index("neutral"),
                                                    senti if head.stance_reads_sentiment else None))
    else:
        s = quote_mean(stance, list(stance_names).index("neutral") if "neutral" in stance_names else None)
        if j_stance is not None and joined_pass is not None:
            s = mix(s, j_stance, joined_pass.stance)
        stance_scores = {n: float(v) for n, v in zip(stance_names, s / s.sum())}
        if calibration is not None:
            stance_scores = calibration.apply(stance_scores)
    if head.sentiment:
        return stance_scores, head.sentiment.scores(features(senti, j_senti))
    m = quote_mean(senti)
    if j_senti is not None and joined_pass is not None:
        m = mix(m, j_senti, joined_pass.sentiment)
    return stance_scores, {n: float(v) for n, v in zip(sentiment_names, m / m.sum())}


def speaker_stance(name: str, aliases: Sequence[str], quotes: Sequence[Quote],
                   stance_names: Sequence[str], sentiment_names: Sequence[str],
                   calibration: SpeakerCalibration | None = None, joined: QuoteStance | None = None,
                   joined_pass: JoinedPass | None = None, head: SpeakerHead | None = None) -> SpeakerStance:
    """Build a :class:`SpeakerStance` from quotes that all carry a label (and the joined pass's label)."""
    labels = [q.label for q in quotes if q.label is not None]
    if len(labels) != len(quotes):
        raise ValueError(f"speaker {name!r}: every quote needs a label before aggregation")
    s_scores, m_scores = combine(labels, stance_names, sentiment_names, calibration, joined, joined_pass, head)
    stance = max(s_scores, key=s_scores.__getitem__)
    sentiment = max(m_scores, key=m_scores.__getitem__)
    return SpeakerStance(
        speaker=name,
        aliases=tuple(aliases),
        stance=stance,
        sentiment=sentiment,
        confidence=s_scores[stance],
        stance_scores=s_scores,
        sentiment_scores=m_scores,
        quotes=tuple(quotes),
    )
