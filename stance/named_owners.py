"""Owners of a direct quote that the plain text names around it, where the parse found no subject for the cue:
the name after the closing mark ('"...," said Miriam Achieng'; '"within weeks", Lands Minister X told'), and the
speaker of "what she called "an offer dressed up as a partnership"". Used by :func:`stance.direct.segment_quotes`.
"""

from __future__ import annotations

import re

from stance.assemble import Found
from stance.attribution import Attribution
from stance.cues import cue_score
from stance.names import UPPER, caps, noun_kind
from stance.quotes import QuoteSpan
from stance.speakers import is_person_name, strip_name

_NAME_AFTER_MARK = re.compile(r"[”\"’'],[ \t]+((?:[" + UPPER + r"][\w’'.&-]*[ \t]+|(?:and|of|for)[ \t]+){0,8}"
                              r"[" + UPPER + r"][\w’'.-]+)[ \t]+(said|says|told|tells|added|adds)\b")


#: After a quote that ends on a comma: a person's name, an appositive, a reporting verb ('"...," Daniel Brennan, the
#: Commerce Department's under secretary for trade, told reporters'), which the parser may split at the "'s".
_NAME_THEN_CUE = re.compile(caps(r"[ \t]+([" + UPPER + r"][\w’'.-]+(?:[ \t]+[" + UPPER + r"][\w’'.-]+){1,3}),[ \t]+"
                            r"[^\"“”\n]{3,160}?,[ \t]+([a-z]+)\b"))


#: After a quote that ends on a comma: a reporting verb, then a person's name ('"...," said Miriam Achieng, the
#: association's chief executive'), which the parser may read as no subject at all.
_CUE_THEN_NAME = re.compile(caps(r"[ \t]+([a-z]+)[ \t]+([" + UPPER + r"][\w’'.-]+(?:[ \t]+[" + UPPER + r"][\w’'.-]+){1,3})"
                            r"(?=[,.;:]|[ \t]+[a-z])"))


def named_after_mark(seg_text: str, a: int, q: QuoteSpan) -> Attribution | None:
    """The person named, with their role, after the comma that follows a quote's closing mark: in "Ghana's government
    expects to conclude ... "within weeks", Lands Minister Kwabena Asante-Darko told a news conference", the
    minister, whom the parse may have made a clause of the government's."""
    if not q.closed:
        return None
    m = _NAME_AFTER_MARK.match(seg_text, q.close_at - a)
    if m is None or not is_person_name(strip_name(m.group(1))):
        return None
    return Attribution((m.start(2) + a, m.end(2) + a), (q.start, q.end), (m.start(1) + a, m.end(1) + a), kind="direct")


def named_after(seg_text: str, a: int, q: QuoteSpan) -> Attribution | None:
    """The speaker named right after a quote ('"...," Daniel Brennan, the ..., told reporters', '"...," said
    Miriam Achieng'), when the parse found no subject for the reporting verb."""
    if not q.closed or seg_text[q.close_at - a - 1 : q.close_at - a] not in (",", "?", "!"):
        return None
    m = _NAME_THEN_CUE.match(seg_text, q.close_at - a + 1)
    if m is not None and is_person_name(m.group(1)) and cue_score(m.group(2), min_count=5) >= 0.5:
        cue, name = m.span(2), m.span(1)
    elif (m := _CUE_THEN_NAME.match(seg_text, q.close_at - a + 1)) is not None and is_person_name(m.group(2)) and (
            cue_score(m.group(1), min_count=5) >= 0.5):
        cue, name = m.span(1), m.span(2)
    else:
        return None
    return Attribution((cue[0] + a, cue[1] + a), (q.start, q.end), (name[0] + a, name[1] + a), kind="direct")


#: "over what she called", "what the ministry described as", "what Ortiz has termed": the speaker of the words in
#: marks right after. A term the quote only names ("what the villagers call simply "the table"") is no statement,
#: so the quote must say something of its own (three words at least).
_WHAT_CALLED = re.compile(caps(
    r"\bwhat[ \t]+(he|she|they|it|(?:the[ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}|the[ \t]+[a-z]+"
    r"|(?:one|another)[ \t]+(?:[\w’'-]+[ \t]+){0,3}[a-z]+)"
    r"[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+)?(called|calls|call|termed|terms|described[ \t]+as|describes[ \t]+as)"
    r"[ \t]*$"))


_INDEFINITE = frozenset("one another".split())


def what_called(seg_text: str, a: int, q: QuoteSpan) -> Attribution | None:
    """The subject of "what X called" right before the quote's opening mark: its words, a verdict in marks."""
    m = _WHAT_CALLED.search(seg_text, max(0, q.open_at - a - 80), q.open_at - a)
    if m is None or len(seg_text[q.start - a : q.end - a].split()) < 3:
        return None
    if m.group(1).split()[0] in _INDEFINITE and noun_kind(m.group(1).split()[-1]) != "person":
        return None  # "what one Accra fund manager called": one of many, unnamed ("what a conciliator called" may be
        # the conciliator the text names next, and stays unread)
    return Attribution((m.start(2) + a, m.end(2) + a), (q.start, q.end), (m.start(1) + a, m.end(1) + a), kind="direct")


#: Whose words a quote is, said beside it: "in his words", "in her own words", "as she put it", "as Ortiz put it",
#: "in the words of one diplomat"; the owner in group "who" (a pronoun, a name, or "one ..." / "a ...").
_WHO_PUT = (r"(?P<who>he|she|they|[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3}|(?:one|another|an?)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)")
_PUT_IT = re.compile(caps(r"(?:[Ii]n[ \t]+(?:his|her|their)[ \t]+(?:own[ \t]+)?words|[Ii]n[ \t]+the[ \t]+words[ \t]+of[ \t]+"
                          + _WHO_PUT + r"|[Aa]s[ \t]+" + _WHO_PUT.replace("who", "who2")
                          + r"[ \t]+(?:put|puts|has[ \t]+put|had[ \t]+put)[ \t]+it)"))


def put_it(seg_text: str, a: int, q: QuoteSpan, last: Found | None) -> Attribution | None:
    """The owner a phrase beside the quote names ('The port was, in his words, "the reason this town exists"',
    '"...," as one trader put it'): a person named there, or for a pronoun the statement just before (within
    600 characters), whose speaker it means."""
    before = [m for m in _PUT_IT.finditer(seg_text, max(0, q.open_at - a - 80), q.open_at - a)
              if re.fullmatch(r"[ \t]*,?[ \t]*:?[ \t]*", seg_text[m.end() : q.open_at - a])]
    after = _PUT_IT.match(seg_text, _GAP.match(seg_text, q.close_at + 1 - a).end())
    m = after or (before[-1] if before else None)
    if m is None:
        return None
    group = "who" if m.group("who") else "who2" if m.group("who2") else None
    if group is None or m.group(group) in ("he", "she", "they"):  # "in his words", "as she put it"
        return last.att if last is not None and last.att is not None and q.open_at - last.content[1] < 600 else None
    return Attribution((m.start() + a, m.end() + a), (q.start, q.end), (m.start(group) + a, m.end(group) + a),
                       kind="direct")


_GAP = re.compile(r"[ \t,]*")  # between a closing mark and what follows it
