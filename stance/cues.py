"""Cue words: what makes a word a reporting cue, and how reliably.

The cue lexicon (``resources/cues.json``) is built from PolNeAR train Cue spans by
``resources/build_cue_lexicon.py``; a word's reliability is ``count in cues / count in text``.
Light verbs ("expressed", "voiced") become cues with an attitude noun ("skepticism about").
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

#: Nouns that turn a light verb into a cue ("expressed skepticism about", "provided consent to").
ATTITUDE_NOUNS = frozenset(
    "skepticism scepticism doubt doubts concern concerns commitment consent support opposition "
    "readiness willingness hope hopes belief confidence optimism pessimism fear fears desire "
    "intention interest criticism approval assurance assurances warning objection objections "
    "reservations regret satisfaction dissatisfaction frustration disappointment determination "
    "intent openness preference position view views opinion stance rejection insistence "
    "demand demands call appeal praise endorsement".split()
)


LIGHT_VERBS = frozenset(
    "expressed expresses expressing express voiced voices voicing voice provided provides "
    "providing provide gave gives giving give offered offers offering offer signaled signalled "
    "signals signaling signal reiterated reiterates reiterating reiterate raised raises raising "
    "raise made makes making make showed shows showing show stressed reaffirmed reaffirming "
    "emphasized emphasizing emphasised emphasising conveyed conveying renewed renewing "
    "declared declaring stated stating".split()
)


#: Verbs whose direct object is the addressee ("told reporters"), never the statement.
TELL_VERBS = frozenset("told tell tells telling informed informs assured assures reminded reminds briefed".split())


QUOTING_VERBS = frozenset("quoted quoting quotes quote cited citing cites cite".split())


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, int, float]]:
    """Word form -> (lemma, cue count, cue reliability) from ``resources/cues.json``."""
    path = Path(__file__).with_name("resources") / "cues.json"
    forms = json.loads(path.read_text(encoding="utf-8"))["forms"]
    return {w: (v[0], v[1], v[1] / max(v[2], 1)) for w, v in forms.items()}


def cue_score(word: str, min_count: int = 3) -> float:
    """How reliably ``word`` is a cue in PolNeAR train (0 when unseen or seen as a cue fewer than
    ``min_count`` times)."""
    entry = lexicon().get(word.lower())
    if entry is None or entry[1] < min_count:
        return 0.0
    return entry[2]


#: Verbs that name something rather than report a statement ("a trend known locally as 'japa'").
NAMING_VERBS = frozenset("known dubbed nicknamed termed".split())
