"""Transcripts whose turns open with a speaker label ("Raman: No. ...", "PENCE: Well, ...", "MOLONEY (PRESENTER):"):
which labels name a speaker, and which are the interviewer's or the reporter's (:func:`named_answers`).
"""

from __future__ import annotations

import re
from collections import Counter

from stance.names import caps
from stance.quotes import paragraphs
from stance.sources import CALENDAR
from stance.speakers import is_person_name
from stance.turns import NOT_SPEAKERS, SOUNDBITE_TAGS, Answer, Span, trimmed

#: A speaker label: a name of up to four words, maybe a gloss in brackets ("MOLONEY (PRESENTER):") or in capitals after
#: a comma ("KAREN DeVRIES, LAKESHORE PATIENT:"), maybe both, the colon; then its turn on the line (_LABEL) or on the next one.
#: A gloss in brackets after a label's name or its comma gloss: "(PRESENTER)", "(in Cebuano)".
_BRACKETED = r"[ \t]+\(([^()\n]{1,40})\)"
_NAME_GLOSS = caps(r"[ \t]*(?:(?i:soundbite|sot|clip|actuality)[ \t]*[,:–—-][ \t]*)?"  # "SOUNDBITE, NAME, ROLE:"
                   r"((?:[A-Z][\w'’.-]*)(?:[ \t]+(?:[A-Z][\w'’.-]*|(?:de|van|von|al|bin)\b)){0,5})"
                   rf"(?:{_BRACKETED}|,[ \t]+([A-Z][A-Z0-9 .,'’&-]{{1,40}}?)(?:{_BRACKETED})?)?"
                   r"[ \t]*:")  # "LORNA YBAÑEZ, FISH CLEANER (in Cebuano):"
_LABEL = re.compile(_NAME_GLOSS + r"[ \t]+(?=\S)")
#: A name in capitals may take a gloss in any case after its comma ("NURIA CAGIGAS, nurse:", "BEGOÑA SÁINZ DE LA
#: MAZA, PP candidate for president of Cantabria:", "REPORTER (SALUM HAJI AMEIR), voice-over:"); the groups of :data:`_LABEL`.
#: A two-letter first word opens a name only with more words after it ("WU TSUNG-HAN, FORECASTER, CENTRAL WEATHER
#: ADMINISTRATION:"), not "US, EU:".
_CAPS_LABEL = re.compile(caps(rf"[ \t]*([A-Z](?:[A-Z'’.-]{{2,}}|[A-Z](?=[ \t]+[A-Z]))(?:[ \t]+[A-Z][A-Z'’.-]*){{0,5}})(?:{_BRACKETED})?,[ \t]+"
                              rf"([^:\n()]{{1,100}}?)(?:{_BRACKETED})?[ \t]*:[ \t]+(?=\S)"))


def _label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker label that opens ``text[start:end]``, if any."""
    m = _LABEL.match(text, start, end)
    if m is None and (m := _CAPS_LABEL.match(text, start, end)) is not None and _TAG.fullmatch(m.group(1)):
        return None  # "SOUND BITE, Dr Jane Roe, economist:": a soundbite's tag, whose name follows (stance.posts)
    return m


_TAG = re.compile(rf"(?i){SOUNDBITE_TAGS}|vox pop|nat sound|voice ?over|update|breaking")
#: A label's gloss or first word that makes it the interviewer's ("MOLONEY (PRESENTER):", "ANCHOR DAVID REYES:").
_HOST_GLOSS = re.compile(r"(?i)\b(?:presenter|host|anchor|newsreader|newscaster|moderator|interviewer|reporter|reporting|correspondent|byline|"
                         r"voice-?over|narrator)\b")
_LABEL_ALONE = re.compile("(?m)^" + _NAME_GLOSS + r"[ \t]*$")
#: The byline's name ("By: Alyssa Brenner", "By Owen Takahashi"): as a label, the reporter's.
_BYLINE = re.compile(caps(r"(?m)^[ \t]*By:?[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*(?:,|$)"))


def _is_label(name: str) -> bool:
    """A paragraph's "Name:" that can name a speaker: not "Photo:", "Wednesday:" (a diary of the week ahead)."""
    words = name.split()
    first = words[0].lower()
    return not (name.lower() in NOT_SPEAKERS or first in NOT_SPEAKERS or first in CALENDAR
                or any(c.isdigit() for c in name))


def reporters(text: str) -> frozenset[str]:
    """The byline's names in ``text`` ("By: Alyssa Brenner") and the presenter a programme's title names ("THE
    MORNING SHOW WITH AOIFE KINSELLA"), lower case, in full and by surname: as a transcript's label ("BRENNER:"),
    the reporter's or presenter's, whose turns are no statement of a speaker."""
    names = [m.group(1) for m in _BYLINE.finditer(text)] + [m.group(1) for m in _PROGRAMME.finditer(text)]
    return frozenset(w.lower() for name in names for w in (name, name.split()[-1]))


#: A programme's title with its presenter, as a transcript's heading writes it.
_PROGRAMME = re.compile(caps(r"\b(?i:show|programme|program|hour)[ \t]+(?i:with)[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"))


def label_span(text: str, para: Span) -> Span:
    """The label and colon that open a transcript host's turn ("MOLONEY: ", "Basin Review: "); empty when it has none."""
    m = _label(text, *para)
    return (para[0], m.end()) if m else (para[0], para[0])


def named_answers(text: str, reporting: frozenset[str]) -> tuple[list[Answer], list[Span]]:
    """The answers of a transcript whose turns open with names ("Kinnear: Of course."), and the paragraphs of its
    interviewer (:func:`_interviewers`)."""
    found, glossed, hosting = [], set(), set()
    for start, end in paragraphs(text):
        m = _label(text, start, end)
        if m is None or not _is_label(m.group(1)):
            continue
        content = trimmed(text, m.end(), end)
        if len(text[content[0] : content[1]].split()) >= 2:
            colon = text.index(":", max(m.end(1), m.end(2), m.end(3), m.end(4)))
            found.append(Answer(m.span(1), (colon, colon + 1), content, (start, end)))
            gloss = " ".join(g for g in m.group(2, 3, 4) if g)
            if gloss:
                glossed.add(m.group(1))
            host_word = _HOST_GLOSS.fullmatch(m.group(1).split()[0])
            if (gloss and _HOST_GLOSS.search(gloss)) or host_word or m.group(1).lower() in reporting:
                hosting.add(m.group(1))
            if host_word and m.group(2):
                hosting.add(m.group(2))  # "ANCHOR (MIKA SHIRAISHI):": her later "SHIRAISHI:" is the host's too
    if len(found) < 2:
        return [], []
    hosting |= {m.group(1) for m in _LABEL_ALONE.finditer(text) if _HOST_GLOSS.search(" ".join(g for g in m.group(2, 3, 4) if g))}
    asking = _interviewers(text, found, hosting)
    turns = Counter(text[a.label[0] : a.label[1]] for a in found)  # a full name on two turns or more: a transcript
    answers = [a for a in found if (name := text[a.label[0] : a.label[1]]) not in asking and (
        name in glossed or _introduced(text, a) or (turns[name] >= 2 and len(turns) >= 2 and is_person_name(name)))]
    return answers, [a.paragraph for a in found if text[a.label[0] : a.label[1]] in asking]


_HOST = re.compile(caps(r"\b(?:presenter|host|interviewer|anchor|moderator|correspondent|reporter)[ \t,]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"))


def _interviewers(text: str, answers: list[Answer], hosting: set[str]) -> set[str]:
    """The labels that are the interviewer's, not answers: a name the text calls the presenter or host
    ("Asked by presenter Kirsty Moffat ..."), one in ``hosting`` (a label glossed so, "MOLONEY (PRESENTER):", or
    the byline's reporter), or a label most of whose turns are questions (:func:`_asks_only`)."""
    hosts = {h.lower() for h in {m.group(1) for m in _HOST.finditer(text)} | hosting}
    turns: dict[str, list[bool]] = {}
    for a in answers:
        turns.setdefault(text[a.label[0] : a.label[1]], []).append(_asks_only(text[a.content[0] : a.content[1]]))
    return {label for label, asked in turns.items()
            if any(label.lower() == h or h.endswith(" " + label.lower()) for h in hosts) or sum(asked) * 2 > len(asked)}


def _asks_only(turn: str) -> bool:
    """A turn that ends on a question and says nothing in the first person: the interviewer's ("Minister, is he
    right?"), not a guest's rhetorical question ("I just don't think they will. So why would they move?", "My children
    have not been to school. If they do not sign, where will we go?")."""
    return turn.rstrip().endswith("?") and _FIRST_PERSON.search(turn) is None


_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y)\b")


def _introduced(text: str, answer: Answer) -> bool:
    """A transcript label in capitals, or a name the article also uses outside the labels."""
    name = text[answer.label[0] : answer.label[1]]
    if name.isupper() and len(name) > 1:
        return True
    pattern = re.compile(r"\b" + re.escape(name) + r"\b(?![ \t]*:)")
    return pattern.search(text) is not None
