"""One turn of an interview or transcript: the label that names its speaker, the colon, and the answer (:class:`Answer`);
shared by :mod:`stance.transcripts` (turns labelled with names) and :mod:`stance.interview` (every kind of exchange).
"""

from __future__ import annotations

from dataclasses import dataclass

Span = tuple[int, int]

#: The words of a radio or TV script's soundbite tag ("SOUND BITE, Name, role:", "[CLIP – Name]"), as a regex alternation.
SOUNDBITE_TAGS = r"sound ?bite|sot|clip|audio clip|actuality|insert"
#: What may follow the tag's word before its bracket closes: "(SOUNDBITE, TRANSLATED)", "[SOT, IN ARABIC]".
SOUNDBITE_GLOSS = r"(?:\s*,\s*(?:translated|subtitled|interpreted|in [a-z]+))?"

#: Labels that head a paragraph but name nobody (the interviewer's side included).
NOT_SPEAKERS = frozenset(
    "q a question answer interviewer photo photos caption picture image video watch listen live update "
    "updated note correction clarification source sources credit related read more breaking exclusive "
    "analysis opinion comment transcript interview warning disclaimer advertisement editor editor's "
    "pictured file graphic map chart background context why what how when where who summary".split()
)


@dataclass(frozen=True)
class Answer:
    """One labelled paragraph: the speaker label's span, the colon, and the answer's span."""

    label: Span
    colon: Span
    content: Span
    paragraph: Span


def trimmed(text: str, start: int, end: int) -> Span:
    """``(start, end)`` without the whitespace that ends ``text[start:end]``."""
    return start, start + len(text[start:end].rstrip())
