"""Text clean-up, segmentation and direct-quote detection (no spaCy needed).

Everything here keeps character offsets: :func:`sanitize` returns a string of exactly the
same length as its input, so offsets found in the cleaned text index the caller's text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape
from itertools import accumulate

from stance.abbreviations import ABBREVIATIONS, NUMBERED
from stance.names import caps
from stance.turns import SOUNDBITE_GLOSS, SOUNDBITE_TAGS

#: Opening mark -> the marks that may close it.
PAIRS: dict[str, str] = {
    '"': '"”“',
    "“": "”\"“",
    "„": "“”\"",
    "«": "»",
    "»": "«»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "”": "”\"",
    "〝": "〞〟",
    "＂": "＂",
    "‘": "’",  # British style; ’ is also the apostrophe, so _closes judges it
    "'": "'",  # the same in plain text
}
ALL_MARKS = set("\"“”„‟«»‹›「」『』〝〞〟＂‘’'")
QUOTE_CHARS = "\"'“”‘’„‟«»‹›「」『』〝〞〟＂`"
_TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!][^<>]{0,400}>", re.S)
_MD_LINK = re.compile(r"\]\([^()\s]{1,400}\)")
_MD_CHARS = re.compile(r"(?m)^[ \t]*(?:#{1,6}|>+|[*+-](?=\s))|\*{1,3}|_{2,3}|`{1,3}|\[")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff]")
_PARA = re.compile(r"[^\n]+")
_SENT_END = re.compile(caps(r"[.!?]+[\"'”’»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9])|\n"))
#: The end of a text that is an abbreviation, an initial ("J."), dotted letters ("U.S.") or "vs", "et al".
_ABBREV = re.compile(caps(rf"(?:\b(?:{'|'.join(sorted(ABBREVIATIONS))})|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]?|\bvs|\bet al)\.$"))
MAX_SEGMENT = 20_000
#: "posted on X." ends a sentence: the platform, not an initial.
_ON_X = re.compile(r"\b(?:on|via|to)\s+X\.$")
_NUMBERED = re.compile(rf"\b(?:{'|'.join(sorted(NUMBERED))})\.$")


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


#: An HTML character reference: "&quot;", "&#8220;", "&#x201C;", "&rsquo;".
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")


def _entity(match: re.Match[str]) -> str:
    """The character an HTML reference stands for, padded with spaces to the reference's length: the pad
    goes on the side away from the word the character touches, so '&quot;We' opens and 'sign,&quot;' closes
    a quotation. A reference that is no single character is blanked."""
    ref = match.group()
    char = unescape(ref)
    if char == ref:  # no reference html knows ("&bogus;"): left as written
        return ref
    if len(char) != 1:
        return " " * len(ref)
    if char in ("\u00a0", "\u200b"):
        char = " "
    pad = " " * (len(ref) - 1)
    before = match.string[match.start() - 1] if match.start() else " "
    return pad + char if before.isspace() else char + pad


def strip_markup(text: str) -> str:
    """``text`` with HTML tags and comments removed (a space each) and character references decoded; offsets
    are not kept (model inputs: :func:`stance.preprocess.normalize`).

    Example:
        >>> strip_markup("<p>&ldquo;We don&rsquo;t trust them&rdquo;</p>")
        ' “We don’t trust them” '
    """
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: unescape(m.group()), text)
    return text


#: Two apostrophes or two backticks written for one double quotation mark ("''We will sign,'' she said").
_DOUBLED = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def _doubled(match: re.Match[str]) -> str:
    """``"`` for a doubled mark, padded away from its word: an opening one (after a space, or backticks) pads
    before, a closing one after."""
    before = match.string[match.start() - 1] if match.start() else " "
    return ' "' if match.group() == "``" or before.isspace() else '" '


def sanitize(text: str) -> str:
    """Return ``text`` with markup and control characters blanked, length unchanged.

    HTML tags and comments, markdown link targets and emphasis marks become spaces; an HTML character
    reference ("&quot;", "&#8220;") becomes its character padded with spaces;
    two apostrophes or backticks standing for a double quotation mark (``''We will sign,'' she said``, as
    some archives write it) become ``"`` padded with a space away from the word it touches;
    the low opening marks "„" and "‟" become "“" and the "“" that closes them "”"; control characters,
    NUL bytes, lone surrogates and BOMs become spaces; ``\\r\\n`` becomes ``" \\n"`` and a lone ``\\r`` a newline.

    Example:
        >>> sanitize("<b>Hi</b>\\r\\n")
        '   Hi     \\n'
    """
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    if "<" in text:
        text = _TAG.sub(_blank, text)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "''" in text or "``" in text:
        text = _DOUBLED.sub(_doubled, text)
    if "](" in text:
        text = _MD_LINK.sub(_blank, text)
    if "*" in text or "#" in text or "_" in text or "`" in text or "[" in text or ">" in text:
        text = _MD_CHARS.sub(_blank, text)
    if "„" in text or "‟" in text:  # German and Polish marks („...“), whose closing “ the parser reads as an opening one
        text = _LOW_QUOTE.sub(lambda m: "“" + m.group(1) + "”", text).replace("„", "“").replace("‟", "“")
    return text


_LOW_QUOTE = re.compile(r"[„‟]([^„‟“”\n]*)“")


DATELINE = re.compile(
    caps(r"^[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*"  # ISTANBUL, THE HAGUE, KHARTOUM/JUBA
    r"(?:,\s+(?:\d{1,2}\s+)?[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*(?:\s+\d{1,2})?){0,2}"  # , Mali, March 14 / 6 November
    r"(?:,?\s+\d{4})?"  # , 2026
    r"(?:\s*\([^()\n]{1,40}\))?\s*[-—–]{1,2}\s+"  # (Reuters) -
    r"|^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[-—–:]\s+"  # live-blog 4:55 p.m. ET —, 8:10 pm:
    r"|^\[?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\]\s+"  # [8:10 pm] (its "[" may be blanked)
    r"|^[A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){0,3}"  # a title-case city, as wire copy reads on the web: Geneva
    r"(?:,\s+(?:\d{1,2}\s+)?[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?"  # , March 14
    r"\s*\((?:[A-Z]{2,6}|Reuters|Xinhua|Bloomberg|Anadolu|Kyodo|Yonhap|Interfax|dpa|Tass)\)\s*[-—–]{1,2}\s+"  # (AFP) -
    r"|^[A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){0,3},\s+(?:\d{1,2}\s+)?"  # a title-case city and a date, no agency:
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?"  # Accra, May 14
    r"\s*[-—–]{1,2}\s+")
)
_FURNITURE = re.compile(
    r"^(?:Photo|Caption|Photo caption|Pictured|File photo|Image|\(Reporting|Reporting by|Editing by"
    r"|Additional reporting|Posted |Updated |Last updated|Copyright|Follow us|_{3,})\b"
)
#: A subheading that is only a short quoted phrase: "‘Truce With an Expiry Date’" (no sentence inside the marks).
_QUOTED_HEADING = re.compile(r"^[‘“\"'][^\s.!?,;:’”\"']+(?: [^\s.!?,;:’”\"']+){0,9}[’”\"']$")
_ENDS_SENTENCE = tuple(".!?…:;\"”’'»)")
#: A headline-style line that ends on a closing mark right after a word, with no sentence inside: a live page's
#: entry heading ("10:42 GMT – Qatar says talks 'moving in the right direction'", "EU's Kallas urges 'courage'").
#: A paragraph of reporting that ends in a quote ends in punctuation too.
_QUOTE_ENDED_HEADING = re.compile(caps(r"^(?!.*[a-z]{2}[.!?]\s).{0,160}\w[’”\"'»]$"))


def blank_furniture(text: str) -> str:
    """Blank headlines, bylines, photo captions and datelines; length unchanged.

    A headline, standfirst or byline is a line of at most 60 words that does not end like a sentence, or of at
    most 20 that ends on a closing quote mark right after a word ("Hamas: 'Israel is stalling'");
    a caption or credit line starts with "Photo", "Caption", "(Reporting by" and the like;
    a dateline is the "CITY, Month D (Agency) -" or live-blog "20:40 -" opening of a paragraph.

    Example:
        >>> blank_furniture("PARIS (AP) - Jane Doe said so.").lstrip()
        'Jane Doe said so.'
    """
    spans = []
    for start, end in paragraphs(text):
        line = text[start:end].strip()
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        if _FURNITURE.match(line) or (len(line.split()) <= 60 and not line.endswith(_ENDS_SENTENCE)) or (
                _QUOTED_HEADING.match(line) or (len(line.split()) <= 20 and _QUOTE_ENDED_HEADING.match(line))):
            spans.append((start, end))
            continue
        m = DATELINE.match(line) or _BREVITY_LABEL.match(line) or _PRODUCTION_TAG.match(line)
        if m and len(line) > m.end():
            spans.append((start + lead, start + lead + m.end()))
    return blank_spans(text, spans)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` turned to spaces; length unchanged, so offsets still index the caller's text."""
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


#: A newsletter's signpost that opens a paragraph ("What they're saying:", "Why it matters:", "State of play:"):
#: the writer's heading, not a speaker introducing a quote.
#: A broadcast script's production tag that opens a paragraph: "[SOUND BITE] ", "[VOX POP] ", "[SOT] ",
#: "(SOUNDBITE, TRANSLATED) ".
_PRODUCTION_TAG = re.compile(rf"[\[(]?(?:{SOUNDBITE_TAGS}|vox pop|grab|nat sound){SOUNDBITE_GLOSS}[\])][ \t]*", re.I)
_BREVITY_LABEL = re.compile(
    r"(?:What (?:they|he|she|we|others|people|officials|critics)['’](?:re|s) saying|What (?:he|she|they) said"
    r"|Why it matters|The big picture|Between the lines|Yes, but|The other side|What['’]s next|What to watch"
    r"|What we['’]re watching|Zoom (?:in|out)|Driving the news|By the numbers|The bottom line|Bottom line"
    r"|Catch up quick|Flashback|State of play|The latest|Go deeper|Reality check|The intrigue|Our thought bubble"
    r"|The backstory|Where it stands|The fine print|Follow the money|The key question"
    r"|(?i:breaking(?: news)?|just in|update|updated|developing))\s*:\s+")  # a live page's flag: "Breaking: The ministry ..."


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-blank lines of ``text``, long ones cut at ``MAX_SEGMENT`` chars."""
    out = []
    for m in _PARA.finditer(text):
        start, end = m.start(), m.end()
        while end - start > MAX_SEGMENT:
            cut = text.rfind(" ", start + MAX_SEGMENT // 2, start + MAX_SEGMENT)
            cut = cut if cut > start else start + MAX_SEGMENT
            out.append((start, cut))
            start = cut
        if text[start:end].strip():
            out.append((start, end))
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence-like spans (errs towards joining)."""
    out = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        head = text[max(pos, m.start() - 12) : m.start() + 1]
        if m.group() != "\n" and _ABBREV.search(head.rstrip(".!?") + ".") and not _ON_X.search(head):
            if text[m.start()] == "." and not (_NUMBERED.search(head) and not text[m.end() : m.end() + 1].isdigit()):
                continue
        if text[pos : m.end()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out


@dataclass(frozen=True)
class QuoteSpan:
    """A direct quote: ``start``/``end`` exclude the marks; ``closed`` is False when the
    closing mark was missing and the quote was cut at the end of its paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool = True


def sentences_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` that the span ``[start, end)`` overlaps, stripped: a statement's context."""
    spans = [s for p in paragraphs(text) for s in sentences(text, *p) if s[0] < end and s[1] > start]
    return text[spans[0][0] : spans[-1][1]].strip() if spans else text[start:end]


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in PAIRS:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() and ch in "\"”＂":
        return False
    prev = text[i - 1] if i > 0 else " "
    if ch in "\"”＂" and (prev.isalnum() or prev in ".,;!?%"):
        return False
    if ch in "‘'" and not (prev.isspace() or prev in "([—–-:/\"“"):  # "‘" opens after a space, not inside a word
        return False
    if ch == "'" and not nxt.isalpha():  # "the '90s"
        return False
    return not nxt.isspace() or ch in "«»„「『"


def _closes(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in PAIRS.get(opener, ""):
        return False
    prev = text[i - 1] if i > 0 else " "
    if ch in "’'":
        return _closes_single(text, i, prev)
    if ch in "\"＂" and prev.isspace():
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return nxt.isspace() or nxt in ".,;:!?)"
    return True


def _closes_single(text: str, i: int, prev: str) -> bool:
    """Whether ’ at ``i`` closes a ‘quote’ rather than being an apostrophe: not inside a word ("didn’t"),
    not after a space, and not a plural possessive before a lower-case word ("the workers’ pay")."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or nxt.isalnum():
        return False
    if nxt.isspace() and prev == "s":
        word = re.match(r"\s+(\S)", text[i + 1 : i + 4])
        return not (word and word.group(1).islower())
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _continues(text: str, para_end: int, next_start: int | None, opener: str) -> bool:
    """A paragraph that ends inside a quote continues it when the next one reopens it."""
    if next_start is None:
        return False
    return text[next_start] == opener or (text[next_start] in "“\"" and opener in "“\"")


def find_direct_quotes(text: str) -> list[QuoteSpan]:
    """Every direct quote in ``text``, in order; unbalanced marks never swallow the
    rest of the article (an unclosed quote stops at its paragraph's end).

    Example:
        >>> [text[q.start:q.end] for text in ['He said, "Yes." Then left.']
        ...  for q in find_direct_quotes(text)]
        ['Yes.']
    """
    out: list[QuoteSpan] = []
    paras = paragraphs(text)
    opener, open_at = "", -1
    for k, (pstart, pend) in enumerate(paras):
        i = pstart
        if opener and k > 0:
            i = paras[k][0] + 1  # skip the reopening mark of a continued quote
        while i < pend:
            if text[i] in ALL_MARKS:
                if opener and _closes(text, i, opener):
                    s, e = _trim(text, open_at + 1, i)
                    if e > s:
                        out.append(QuoteSpan(s, e, open_at, i))
                    opener = ""
                elif not opener and _opens(text, i):
                    opener, open_at = text[i], i
            i += 1
        if opener:
            nxt = paras[k + 1][0] if k + 1 < len(paras) else None
            if nxt is not None:
                nxt = _trim(text, nxt, paras[k + 1][1])[0]
                paras[k + 1] = (nxt, paras[k + 1][1])
            if not _continues(text, pend, nxt, opener):
                s, e = _trim(text, open_at + 1, pend)
                if e > s and opener != "'":  # an unclosed straight ' is more likely an apostrophe ('em) than a quote
                    out.append(QuoteSpan(s, e, open_at, pend, closed=False))
                opener = ""
    return out


def inside(quotes: list[QuoteSpan], pos: int) -> QuoteSpan | None:
    """The quote whose marks enclose character ``pos``, if any."""
    for q in quotes:
        if q.open_at <= pos <= q.close_at:
            return q
    return None


class QuoteIndex:
    """The direct quotes of one article, sorted, with range look-ups in O(log n), so that an
    article with thousands of quotes is not compared quote against quote (issue 7)."""

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        self.quotes = sorted(quotes, key=lambda q: (q.open_at, q.close_at))
        self._opens = [q.open_at for q in self.quotes]
        self._max_close = list(accumulate((q.close_at for q in self.quotes), max))  # non-decreasing

    def touches(self, a: int, b: int) -> bool:
        """Whether some quote has a mark inside ``[a, b)`` or spans across it."""
        i = bisect_left(self._opens, b)
        return i > 0 and self._max_close[i - 1] >= a

    def overlapping(self, a: int, b: int) -> list[QuoteSpan]:
        """The quotes that touch ``[a, b)``, in text order."""
        i = bisect_left(self._opens, b)
        j = bisect_left(self._max_close, a, 0, i)  # before j every quote closes before a
        return [q for q in self.quotes[j:i] if q.close_at >= a]

    def inside(self, a: int, b: int) -> list[QuoteSpan]:
        """The quotes with both marks inside ``[a, b]``, in text order."""
        lo, hi = bisect_left(self._opens, a), bisect_right(self._opens, b)
        return [q for q in self.quotes[lo:hi] if q.close_at <= b]
