"""Result types: frozen dataclasses with ``to_dict()``.

The article -> quotes -> labels -> speakers flow produces, in order:
``Quote`` (from :mod:`stance.quotes`), ``QuoteStance`` (from :mod:`stance.classifier`),
``SpeakerStance`` and ``ArticleStance`` (from :mod:`stance.speakers`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Literal

STANCE_LABELS: tuple[str, ...] = ("support", "skeptical", "neutral")
SENTIMENT_LABELS: tuple[str, ...] = ("positive", "negative", "neutral")
DEFAULT_TARGET = "the talks or negotiations discussed in the text"

Kind = Literal["direct", "indirect"]


@dataclass(frozen=True)
class Statement:
    """A pre-extracted statement for :func:`stance.classify`.

    Args:
        text: the words of the statement (a direct quote without marks, or reported content).
        context: the sentence(s) around it, as a reader sees them; should contain ``text``.
        speaker: who made the statement, as the text names them.
    """

    text: str
    context: str | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class QuoteStance:
    """The labels of one statement: stance toward the target and sentiment."""

    text: str
    stance: str
    sentiment: str
    stance_scores: dict[str, float]
    sentiment_scores: dict[str, float]
    confidence: float
    truncated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "stance": self.stance,
            "sentiment": self.sentiment,
            "confidence": float(self.confidence),
            "stance_scores": dict(self.stance_scores),
            "sentiment_scores": dict(self.sentiment_scores),
            "truncated": self.truncated,
        }


@dataclass(frozen=True)
class Quote:
    """One statement found in an article, with character offsets into the caller's text.

    ``text == article[start:end]`` always. ``speaker`` is the canonical name of the speaker
    the quote is attributed to (after resolution); ``speaker_mention`` is the words at
    ``article[speaker_start:speaker_end]`` (None for an unattributed quote). ``label`` is set
    by :meth:`stance.Predictor.predict` and None from :func:`stance.extract`.
    """

    text: str
    start: int
    end: int
    kind: Kind
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    context_start: int | None = None
    context_end: int | None = None
    label: QuoteStance | None = None

    def with_label(self, label: QuoteStance) -> Quote:
        return replace(self, label=label)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
        }
        if self.label is not None:
            lab = self.label
            out.update(
                stance=lab.stance,
                sentiment=lab.sentiment,
                confidence=float(lab.confidence),
                stance_scores=dict(lab.stance_scores),
                sentiment_scores=dict(lab.sentiment_scores),
                truncated=lab.truncated,
            )
        return out


@dataclass(frozen=True)
class SpeakerStance:
    """A speaker with all their quotes and the stance judged from them together."""

    speaker: str
    aliases: tuple[str, ...]
    stance: str
    sentiment: str
    confidence: float
    stance_scores: dict[str, float]
    sentiment_scores: dict[str, float]
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "aliases": list(self.aliases),
            "stance": self.stance,
            "sentiment": self.sentiment,
            "confidence": float(self.confidence),
            "stance_scores": dict(self.stance_scores),
            "sentiment_scores": dict(self.sentiment_scores),
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True)
class ArticleStance:
    """Every quoted speaker of one article, with stance toward ``target``.

    ``positions`` holds the parties the article does not quote but whose position the writer
    summarises ("the union is demanding a 6.5% rise", "Kenya is seeking a programme"), labelled
    the same way; they are not speakers. ``unattributed`` holds quotes with no speaker.
    """

    target: str
    speakers: tuple[SpeakerStance, ...] = ()
    unattributed: tuple[Quote, ...] = field(default=())
    error: str | None = None
    positions: tuple[SpeakerStance, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "target": self.target,
            "speakers": [s.to_dict() for s in self.speakers],
            "positions": [s.to_dict() for s in self.positions],
            "unattributed": [q.to_dict() for q in self.unattributed],
        }
        if self.error is not None:
            out["error"] = self.error
        return out

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)
