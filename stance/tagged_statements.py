"""Which of the tagged extractor's attributions are statements to return as quotes (issue 3).

The tagger marks PolNeAR's attributions, and PolNeAR marks more than statements: fragments of a phrase
("what", "the process"), refusals ("declined to comment"), figures ("according to UN figures"), negated
sources ("Neither side said whether"), headlines, and acts rather than speech ("are negotiating"). These
rules run on the quotes path only (:meth:`stance.tagged.TaggedExtractor.extract`); ``find()``, which
the PolNeAR benchmark scores, keeps every tagged attribution.
"""

from __future__ import annotations

import bisect
import re

from stance.assemble import Found, line_span
from stance.content import NOBODY, refusal
from stance.cues import verb_forms
from stance.names import caps
from stance.quotes import DATELINE
from stance.sources import OUTLETS

Span = tuple[int, int]


def keep_statements(text: str, found: list[Found]) -> None:
    """Tidy the tagged attributions in place: a content loses the wire dateline it starts in, a content
    cut mid-clause reaches the clause's end, and one that is no statement is emptied (it still places
    its speaker for the pronouns after it; :func:`stance.assemble.finish` drops it)."""
    for f in found:
        f.content = _after_dateline(text, f.content)
    tagged = {id(f): f.content for f in found}
    _finish_clauses(text, found)
    for f in found:
        if not _statement(text, f, tagged[id(f)]):
            f.content = (f.content[0], f.content[0])


MIN_INDIRECT_WORDS = 3  # a reported statement shorter than this is a tagging fragment ("the", "the process")


def _statement(text: str, f: Found, tagged: Span | None = None) -> bool:
    """Whether a tagged attribution reports a statement worth a quote (the module's list); a direct quote
    always does. ``tagged`` is the content as the tagger marked it, before :func:`_finish_clauses`: a
    fragment's length is judged there, unless it stopped on a word that needs more ("its", "to", "of").
    """
    if f.att is None or f.kind == "direct":
        return True
    words = text[f.content[0] : f.content[1]].split()
    marked = text[tagged[0] : tagged[1]].split() if tagged is not None else words
    if marked and marked[-1].lower() in _OPEN_ENDS:
        marked = words
    if len(marked) < MIN_INDIRECT_WORDS or refusal(" ".join(words[:4]).lower()):
        return False
    opening = [w.lower() for w in words[:2]]
    if _in_heading(text, f.content) or (opening[0] in _INDIRECT_QUESTION and opening[1:] == ["to"]):
        return False
    if not _reporting(text[f.att.cue[0] : f.att.cue[1]]):
        return False
    if f.att.source is None:
        return True
    source = text[f.att.source[0] : f.att.source[1]]
    return (_head(source) not in DATA_NOUNS and not _nobody(source) and not outlet_name(source)
            and source.strip().lower() not in _NO_SOURCE_WORDS)


def _line_of(text: str, pos: int) -> tuple[int, str]:
    start, end = line_span(text, pos)
    return start, text[start:end].rstrip()


def _after_dateline(text: str, span: Span) -> Span:
    """The content without the wire dateline it starts in ("ACCRA, March 12 (Reuters) - Talks ...")."""
    start, line = _line_of(text, span[0])
    dateline = DATELINE.match(line)
    if dateline is None or span[0] >= start + dateline.end():
        return span
    return min(start + dateline.end(), span[1]), span[1]


def _in_heading(text: str, span: Span) -> bool:
    """A content on a heading line (no sentence end, at most 25 words): a headline paraphrases, it
    reports no statement."""
    _, line = _line_of(text, span[0])
    return bool(line) and line[-1] not in _SENTENCE_ENDS and len(line.split()) <= 25


_SENTENCE_ENDS = frozenset(".!?:;\"'\u201d\u2019)")


def outlet_name(source: str) -> bool:
    """"told Reuters", "the Associated Press reported": the outlet carries the statement, it does not make it."""
    name = source.strip().removeprefix("the ").removeprefix("The ")
    return name in OUTLETS or name.lower() in ("associated press", "agence france-presse", "politico")


#: Cue words of acts, not speech: "are negotiating", "failed to agree", "remained deadlocked", "without agreeing on".
NON_SPEECH_CUES = verb_forms("negotiate", "bargain", "mediate", "fail", "lobby") | {"deadlocked", "without"}


def _reporting(cue: str) -> bool:
    """Whether a tagged cue reports speech (none of its words is one of :data:`NON_SPEECH_CUES`)."""
    return not any(w in NON_SPEECH_CUES for w in cue.lower().split())


def _nobody(source: str) -> bool:
    """"Neither side said whether ...", "No official would say": a negated source reports nothing
    ("No 10" is Downing Street, a speaker)."""
    words = source.split()
    first = words[0].lower() if words else ""
    if first == "almost" and len(words) > 1:  # "Almost nobody in the room"
        words, first = words[1:], words[1].lower()
    if first == "no":
        return len(words) > 1 and words[1][:1].islower()
    return first in NOBODY


#: "discussed how to pay", "will decide whether to strike": what is at issue, not what anyone said.
_INDIRECT_QUESTION = frozenset("whether how what where when which who".split())
#: A source the tagger cut to a determiner ("the", "each"): no speaker can be read from it.
_NO_SOURCE_WORDS = frozenset("the a an each this that these those some".split())
#: Words a phrase cannot end on: a tagged content that stops on one was cut short.
_OPEN_ENDS = frozenset("the a an its his her their our my your this these those to of for with on in at by from "
                       "about and or that".split())


MAX_CLAUSE_TAIL = 8  # words a tagged content may be extended by to reach its clause's end
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\u2014\u2013\"\u201c\u201d]|\s[-\u2013\u2014]\s")
_MID_CLAUSE = re.compile(caps(r"[ \t]+[a-z]"))


def _finish_clauses(text: str, found: list[Found]) -> None:
    """Extend each tagged indirect content that stops mid-clause ("confirming its readiness to resume |
    negotiations with Baku,") to the clause's end, at most :data:`MAX_CLAUSE_TAIL` words, never into
    another attribution (for quotes, not the benchmark)."""
    marks = sorted({x for f in found if f.att is not None for x in (f.att.cue[0], f.content[0])})
    for f in found:
        s, e = f.content
        if f.att is None or f.kind == "direct" or e <= s or not _MID_CLAUSE.match(text, e, f.context[1]):
            continue
        stop = _CLAUSE_END.search(text, e, f.context[1])
        end = stop.start() if stop else f.context[1]
        k = bisect.bisect_right(marks, e)
        if k < len(marks) and marks[k] < end:
            continue  # another attribution's cue or content lies in the tail
        tail = text[e:end]
        if len(tail.split()) <= MAX_CLAUSE_TAIL:
            f.content = (s, e + len(tail.rstrip()))


#: Sources that are numbers, not speakers ("according to UN figures", "Tradeweb data showed").
DATA_NOUNS = frozenset("figures data statistics estimates numbers results".split())
_POST_MODIFIER = frozenset("from of by with who which that in at on for".split())


def _head(source: str) -> str:
    """The last word of a source before its first post-modifier ("figures from the ministry" -> figures)."""
    words = []
    for w in source.split():
        if w.lower() in _POST_MODIFIER:
            break
        words.append(w)
    return words[-1].strip(".,;:'’").lower() if words else ""
