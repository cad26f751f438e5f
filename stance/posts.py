"""Quotes whose speaker is named after them, in a line of their own: "That was Lucía Montero, a spokeswoman
for ...", "So says X"; posts labelled with a handle ("Ana Ruiz (@anaruiz): ..."); and a TV page's soundbites, the
name and role lines above the quote.

Used by :class:`stance.extractor.Extractor` for the quotes no sentence attributes. Pure string code.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from stance.abbreviations import ABBREVIATIONS
from stance.names import caps, noun_kind
from stance.quotes import paragraphs
from stance.sources import CALENDAR
from stance.speakers import is_person_name, strip_name
from stance.turns import SOUNDBITE_GLOSS, SOUNDBITE_TAGS

#: The paragraph after a lone quote that says whose it was: "That was Lucía Montero, a spokeswoman for ...",
#: "The words came from Brazil's agriculture minister, Renata Albuquerque, who ...", "Those were the words of X",
#: "So says Thandeka Mokoena, 47, a counter clerk", "That post, which had been shared 30,000 times, came from X",
#: "The post on X came from X", "That was the verdict of X", "The line drew laughs. It came from X", "The
#: evaluation is of X" (translated news), "That is how X, who ..., describes the deal", "That is X, who studies ...",
#: "That was a post on X from @handle".
REVEAL = re.compile(caps(r"(?:That|This) (?:was|is) an? (?:post|tweet|message|comment|reply) (?:on \w+ )?(?:from|by) (?=@)"
                     r"|(?:That|This)(?: was| is|[’']s) (?:how )?(?:the (?:verdict|view|assessment|reaction|take|warning) of )?"
                     r"|(?:The|That|This) (?:words|remarks|comments?|post|tweet|message|line|verdict|assessment|warning|plea|appeal|"
                     r"complaint|retort|reply|jab|quip|joke)"
                     r"(?: on [A-Z]\w*)?(?:, (?:[^,\n]|,(?=\d)){1,150},)?"  # "That post, which had been shared 30,000 times,"
                     r" (?:came from|were those of|was that of|belonged to) "
                     r"|Those were the words of |So (?:says|said|wrote|writes|posted) "
                     # translated prose: "The evaluation is of X", "The words are of X", "The phrase is of X"
                     r"|(?:The|That|This|These) (?:evaluation|assessment|view|analysis|opinion|words|phrase|remarks?|"
                     r"comments?|statement) (?:is|was|are|were) (?:that |those )?of "
                     # "The line drew laughs from teachers. It came from Jolene Petrakis, who ..."
                     r"|(?:(?:The|That|This) (?:words|remarks?|comments?|post|tweet|message|line|quip|joke)\b[^.\n]{0,150}\.[ \t]+)?"
                     r"It came from "))


_ABBREVIATION = re.compile(caps(rf"\b(?:{'|'.join(sorted(ABBREVIATIONS))}|[A-Z])$"))


class Reveal(NamedTuple):
    """A source the text gives a direct quote outside the quote's own sentence: ``lone`` (the quote is alone in
    ``where``, the paragraph before a "That was X" one) or not (the quote opens at ``where[0]``, right after a
    post's label); ``cue`` and ``source`` are the spans of the revealing words and of the speaker's mention."""

    where: tuple[int, int]
    cue: tuple[int, int]
    source: tuple[int, int]
    lone: bool = True


def revealed_speakers(text: str) -> list[Reveal]:
    """A :class:`Reveal` for each paragraph that opens by naming the speaker of the quote before it
    (:data:`REVEAL`). The mention is a person's name, with the role it follows as an apposition ("Brazil's
    agriculture minister, Renata Albuquerque"); anything else ("That was the message from Kyiv") is no reveal."""
    paras = paragraphs(text)
    out = []
    for before, (a, b) in zip(paras, paras[1:]):
        m = REVEAL.match(text, a, b)
        mention = revealed_mention(text, m.end(), b) if m else None
        if mention is not None:
            out.append(Reveal(before, (a, m.end() - 1), mention))
    for a, b in paras:  # '"Who pays for this strike is the mother ..." The words are of X, ...': the same paragraph
        close = _QUOTE_THEN_SENTENCE.match(text, a, b)
        m = REVEAL.match(text, close.end(), b) if close is not None else None
        mention = revealed_mention(text, m.end(), b) if m else None
        if mention is not None:
            out.append(Reveal((a, close.end()), (close.end(), m.end() - 1), mention, lone=False))
    return out


#: A paragraph that opens with a whole quoted sentence (or several) and goes on after it.
_QUOTE_THEN_SENTENCE = re.compile(r"[ \t]*[\"“][^\"“”\n]{10,}[.!?][\"”][ \t]+")


def revealed_mention(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the person named at ``start``: up to the first comma or the sentence's end, or over one
    comma when a role comes first; or a handle ("@Vielflieger_FFM")."""
    handle = re.match(r"@\w{2,30}\b", text[start:end])
    if handle is not None:
        return start, start + handle.end()
    stop = end
    for dot in re.finditer(r"[.;](?=\s|$)", text[start:end]):
        if not _ABBREVIATION.search(text[start : start + dot.start()]):  # "state Sen. Harold Brinkerhoff"
            stop = start + dot.start()
            break
    parts = text[start:stop].split(",")
    first = parts[0].rstrip()
    if is_person_name(strip_name(first)):
        return start, start + len(first)
    if len(parts) > 1 and is_person_name(strip_name(parts[1].strip())) and len(first.split()) <= 6:
        return start, start + len(parts[0]) + 1 + len(parts[1].rstrip())
    described = _DESCRIBER.match(text, start, stop)  # "That was how a senior official ... described the state of play"
    if described is not None and any(noun_kind(w) == "person" for w in described.group(1).split()[1:5]):
        return described.span(1)
    return None


#: An unnamed person, then the verb by which they gave the quote before: "a senior government official involved in
#: the talks described".
_DESCRIBER = re.compile(r"(an?\s+[^,.;\n]{3,100}?)\s+(?:described|put it|summed (?:it )?up|characteri[sz]ed|assessed)\b")


#: A post given with its author's handle: 'TWU Local 234 (@TWULocal234): "..."', and a paragraph that hands the next
#: one to a handle: "From X user @BroadStBeth:", "@NairobiCommuter posted:".
_HANDLE_LABEL = re.compile(caps(r"([A-Z][^:()\n\"“”]{1,60}?)\s*\(@\w{2,30}\):\s*(?=[\"“])"))


_HANDLE_INTRO = re.compile(r"(?:(?:From|By) (?:(?:X|Twitter|Threads|Bluesky|Instagram|TikTok|Facebook) )?(?:user|account) )?"
                           r"(@\w{2,30})(?: (?:posted|wrote|tweeted|said))?:\s*$")


def posted_by(text: str) -> list[Reveal]:
    """Posts whose author the text gives by a handle, as :class:`Reveal`: a labelled post's quote opens right after
    its label's colon; an introduced one is alone in the next paragraph."""
    out = []
    paras = paragraphs(text)
    for k, (a, b) in enumerate(paras):
        label = _HANDLE_LABEL.match(text, a, b)
        if label is not None:
            out.append(Reveal((label.end(), b), (label.end(1), label.end()), label.span(1), lone=False))
            continue
        intro = _HANDLE_INTRO.match(text, a, b)
        if intro is not None and k + 1 < len(paras):
            out.append(Reveal(paras[k + 1], (intro.end(1), b), intro.span(1)))
    return out


def soundbites(text: str) -> list[Reveal]:
    """A TV page's soundbite labels, as :class:`Reveal`: a line that is a person's name, a line with their role
    ("Dorian Flowers" / "President, Christian Workers Union"), then a paragraph that opens with a quote mark: the
    quote is that person's. ``text`` is the article before its furniture is blanked (the labels read as furniture)."""
    out = []
    paras = paragraphs(text)
    for k, (a, b) in enumerate(paras):
        inline = _INLINE_TAG.match(text, a, b) or _named_label(text, a, b)
        name = strip_name(inline.group(1)) if inline is not None else ""
        if name and is_person_name(name) and inline.group(1).endswith(name):  # 'SOUND BITE, Dr Jane Roe, economist: "'
            at = inline.end(1) - len(name)
            out.append(Reveal((inline.end(), b), (at, at), (at, inline.end(1)), lone=False))
            continue
        tag = _TAG.fullmatch(text[a:b].strip())
        if tag is not None and k + 1 < len(paras):  # "[SOUNDBITE: DENNIS WAFULA, BODA BODA RIDER]", "[CLIP – Awa Traoré, trader]"
            found = _tagged(text, a, b, tag.group(1).strip(), paras[k + 1])
            out.extend([found] if found is not None else [])
            continue
        name = text[a:b].strip()
        if not is_person_name(name) or name != strip_name(name) or k + 1 >= len(paras):
            continue
        role = text[paras[k + 1][0] : paras[k + 1][1]].strip()
        if not _ROLE_LINE.fullmatch(role) or _REPORTER.match(role) or k + 2 >= len(paras):
            continue  # the role line makes it a label (a name alone may be a byline), not "Reporting from Gaza"
        mark = _opening_mark(text, paras[k + 2])
        if mark is not None:  # the quote that opens the paragraph, not the next one in it
            at = a + text[a:b].index(name)
            out.append(Reveal((mark, paras[k + 2][1]), (at + len(name), at + len(name)), (at, at + len(name)), lone=False))
    return out


def _tagged(text: str, a: int, b: int, name: str, nxt: tuple[int, int]) -> Reveal | None:
    """The :class:`Reveal` of a bracketed soundbite tag naming a person (in capitals or not), when the next paragraph
    opens with a quote mark."""
    if not is_person_name(name.title() if name.isupper() else name):
        return None
    mark = _opening_mark(text, nxt)
    if mark is None:
        return None
    at = a + text[a:b].index(name)
    return Reveal((mark, nxt[1]), (at, at), (at, at + len(name)), lone=False)


def _opening_mark(text: str, para: tuple[int, int]) -> int | None:
    """Where the quote mark that opens paragraph ``para`` is, or None when it opens with anything else."""
    start, end = para
    mark = start + len(text[start:end]) - len(text[start:end].lstrip())
    return mark if text[mark : mark + 1] in "\"“‘'" else None


#: A bracketed soundbite tag of a radio or TV script: "[SOUNDBITE: NAME, ROLE (language)]", "[CLIP – Name, role]"
#: (the opening bracket may be blanked by :func:`stance.quotes.sanitize`).
_TAG = re.compile(rf"\[?\s*(?i:{SOUNDBITE_TAGS})\s*[:–—-]\s*([^,\]\n(]{{3,60}}?)\s*(?:[,(][^\]\n]*)?\]?")
#: A soundbite tag that opens the paragraph of its quote: 'SOUND BITE, Rosamund Jno Charles, Financial Secretary: "..."',
#: '[VOX POP] Harold Chin Lee, 74, Block C: "..."', '(SOUNDBITE, TRANSLATED) NAME, ROLE: "..."'.
_INLINE_TAG = re.compile(rf"\s*[\[(]?\s*(?i:{SOUNDBITE_TAGS}|vox pop)(?i:{SOUNDBITE_GLOSS})"
                         rf"\s*(?:[\])][ \t]*[,:–—-]?|[,:–—-])\s*([^,:\n(\"“]{{3,60}}?)\s*"
                         r"(?:[,(][^:\n\"“]{0,80})?:\s*(?=[\"“])")
#: A web transcript's soundbite with no tag: the speaker's name, their glosses, a colon, then the quote ('Dr Evans
#: Kiprono Rotich, chief executive, KEMSA: "We want this contract."').
_NAMED_LABEL = re.compile(caps(r"\s*((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,4})"
                               r"\s*,\s*[^:\n\"“”]{1,100}:\s*(?=[\"“])"))
def _named_label(text: str, a: int, b: int) -> re.Match[str] | None:
    """:data:`_NAMED_LABEL` at ``a``, unless its "name" is a time ('Late Tuesday, the union posted: "..."')."""
    m = _NAMED_LABEL.match(text, a, b)
    return None if m is None or any(w.lower() in CALENDAR | {"late", "early"} for w in m.group(1).split()) else m


#: A soundbite's role line: a few words, no sentence, no quote marks; not the reporter's.
_ROLE_LINE = re.compile(r"[^.!?\"“”‘’\n]{2,80}")
_REPORTER = re.compile(r"(?i)(?:reporting|reported|reporter|correspondent|by|writing|photo|video|presenter|anchor)\b")
