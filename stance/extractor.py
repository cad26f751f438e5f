"""The article -> quotes -> speakers stage: :class:`Extractor`.

It finds the attributions of each sentence (direct quotes and their owners here, reported speech in
:mod:`stance.attribution`) and hands them to :mod:`stance.assemble`, which resolves the speakers.
Only the sentences that can hold an attribution (a quote mark or a cue word) are parsed,
each as its own small ``Doc``; text is cleaned with :func:`stance.quotes.sanitize` first,
which keeps every offset valid for the caller's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from stance.assemble import Found, finish
from stance.attribution import Attribution
from stance.content import NOBODY
from stance.cues import LIGHT_VERBS, lexicon, reports_speech
from stance.direct import continued_by_next, dangling_intro, segment_quotes
from stance.grouping import group_quotes
from stance.interview import exchange
from stance.names import FINDING_VERBS, LOCATIVE_PREPS, NAME_PARTICLES, caps
from stance.nesting import unnest
from stance.places import place_key
from stance.positions import Group, split_positions
from stance.posts import Reveal, posted_by, revealed_speakers, soundbites
from stance.quotes import (
    QuoteIndex,
    QuoteSpan,
    blank_furniture,
    blank_spans,
    find_direct_quotes,
    paragraphs,
    sanitize,
    sentences,
)
from stance.resolve import Resolver
from stance.speakers import is_person_name
from stance.transcripts import label_span
from stance.types import Quote

Span = tuple[int, int]

_WORD = re.compile(caps(r"[A-Za-z]+"))


#: Cues that no single cue word marks: "states that" (a form mostly a noun elsewhere, "the United States"), "was of
#: the view that" (stance.content.held_view), and a sentence opening "For the economist X, ..."
#: (stance.attribution.framed_attribution).
_PHRASE_CUES = re.compile(caps(r"\bstates (?:that|the)\b|\bof the (?:view|opinion) that\b"
                          r"|(?:^|(?<=[.!?]\s)|(?<=\n))For (?:the )?(?:[a-z-]+ ){0,3}[A-Z]"))


def cue_words() -> frozenset[str]:
    """Cue words that make a sentence worth parsing: PolNeAR's frequent cues plus light verbs."""
    words = {w for w, (_, n, r) in lexicon().items() if n >= 3 and r >= 0.05}
    return frozenset(words | LIGHT_VERBS | {"according"})


def segments(text: str, quotes: list[QuoteSpan], limit: int = 20_000) -> list[tuple[int, int]]:
    """Sentence spans, merged where a direct quote crosses a sentence boundary."""
    sents = [s for p in paragraphs(text) for s in sentences(text, *p)]
    out: list[tuple[int, int]] = []
    qi = 0
    for start, end in sents:
        while qi < len(quotes) and quotes[qi].close_at < start:
            qi += 1
        crosses = any(q.open_at < start <= q.close_at for q in quotes[max(qi - 1, 0) : qi + 2])
        if out and crosses and end - out[-1][0] <= limit:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


CHUNK = 32  # articles parsed together by extract_many


@dataclass
class _Article:
    """One article between :meth:`Extractor._prepare` and :meth:`Extractor._consume`."""

    raw: str
    text: str
    index: QuoteIndex
    found: list[Found]
    segs: list[tuple[int, int]]
    resolver: Resolver
    people: Sequence[Any]
    reveals: Sequence[Reveal] = ()


class Extractor:
    """Finds every quote in an article and who said it.

    Args:
        nlp: a loaded spaCy pipeline with a tagger and parser; None loads one.
        nlp_name: the pipeline to load when ``nlp`` is None (see :func:`stance.nlp.load_nlp`).

    Example:
        >>> ex = Extractor()  # doctest: +SKIP
        >>> [q.speaker for q in ex.extract('"We are ready," Jane Doe said.')]  # doctest: +SKIP
        ['Jane Doe']
    """

    def __init__(self, nlp: Any = None, *, nlp_name: str | None = None) -> None:
        if nlp is None:
            from stance.nlp import load_nlp

            nlp = load_nlp(nlp_name)
        self.nlp = nlp
        self._cues = cue_words()

    def extract(self, text: str) -> list[Quote]:
        """Quotes of one article, in text order, with speakers resolved."""
        return next(self.extract_many([text]))

    def extract_many(
        self, texts: Iterable[str], *, batch_size: int = 16, n_process: int = 1
    ) -> Iterator[list[Quote]]:
        """One list of quotes per text, same order, streamed.

        The sentences that can hold an attribution are parsed :data:`CHUNK` articles at a time in one
        ``nlp.pipe``, so ``n_process > 1`` runs spaCy's worker processes over a whole chunk (a pool per
        article cost more than it saved: 7.4 against 22.6 articles/s, 2026-12-04).

        Raises:
            TypeError: an item is not a ``str``.
        """
        chunk: list[str] = []
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"texts[{i}] is {type(text).__name__}: {text!r:.40}; expected str")
            chunk.append(text)
            if len(chunk) == CHUNK:
                yield from self._extract_chunk(chunk, batch_size, n_process)
                chunk = []
        if chunk:
            yield from self._extract_chunk(chunk, batch_size, n_process)

    def group(self, quotes: Sequence[Quote]) -> list[Group]:
        """(canonical speaker, aliases, quotes) per quoted speaker, in order of first quote
        (:func:`stance.grouping.group_quotes`). Unattributed quotes are in no group, and parties
        the writer only summarises are in :meth:`positions` instead."""
        return self.speakers_and_positions(quotes)[0]

    def positions(self, quotes: Sequence[Quote]) -> list[Group]:
        """The groups of parties whose views the writer only summarises ("the union is demanding
        a 6.5% rise", "Kenya is seeking a programme"): not quoted speakers, kept apart from
        :meth:`group` (:func:`stance.positions.is_position`)."""
        return self.speakers_and_positions(quotes)[1]

    def speakers_and_positions(self, quotes: Sequence[Quote]) -> tuple[list[Group], list[Group]]:
        """:meth:`group` and :meth:`positions` of the same quotes, grouped once."""
        return split_positions(group_quotes(quotes))

    # -- internals -------------------------------------------------------------------
    def wanted(self, text: str, seg: tuple[int, int], quotes: QuoteIndex) -> bool:
        """Whether a segment can hold an attribution: it touches a quote or holds a cue word."""
        if quotes.touches(*seg):
            return True
        return any(w.lower() in self._cues for w in _WORD.findall(text, *seg)) or bool(_PHRASE_CUES.search(text, *seg))

    def _extract_chunk(self, texts: list[str], batch_size: int, n_process: int) -> Iterator[list[Quote]]:
        """The quotes of each of ``texts``, their segments parsed together."""
        arts = [self._prepare(raw) for raw in texts]
        for art, docs in zip(arts, self._parse(arts, batch_size, n_process), strict=True):
            found = unnest(self._consume(art, docs))
            drop_acts(art.text, found)
            yield finish(art.raw, found, art.resolver)

    def find(self, raw: str, *, batch_size: int = 16, n_process: int = 1) -> tuple[list[Found], Resolver]:
        """Raw attributions (source, cue and content spans) before speaker resolution;
        used by ``benchmarks/attribution.py`` to score spans as PolNeAR annotates them."""
        art = self._prepare(raw)
        return self._consume(art, self._parse([art], batch_size, n_process)[0]), art.resolver

    def _parse(self, arts: list[_Article], batch_size: int, n_process: int) -> list[list[Any]]:
        """The parses of every article's segments, in one ``nlp.pipe``, split back per article."""
        docs = iter(list(self.nlp.pipe((a.text[s:e] for a in arts for s, e in a.segs), batch_size=batch_size,
                                       n_process=n_process)))
        return [[next(docs) for _ in art.segs] for art in arts]

    def _prepare(self, raw: str) -> _Article:
        """Everything before the parse: the cleaned text, its direct quotes, interview answers, the segments
        worth parsing, and the article's speaker resolver."""
        clean = sanitize(raw)
        text = blank_furniture(clean)
        quotes = find_direct_quotes(text)
        index = QuoteIndex(quotes)
        found, answered, text = interview_answers(text, clean)
        segs = [s for s in segments(text, quotes) if self.wanted(text, s, index) and not answered.touches(*s)]
        resolver = Resolver.for_article(text, clean)
        return _Article(raw, text, index, found, segs, resolver, introduced(text, resolver.subjects),
                        revealed_speakers(text) + posted_by(text) + soundbites(clean))

    def _consume(self, art: _Article, docs: Sequence[Any]) -> list[Found]:
        """The article's attributions from the parses of its segments (``docs``, in segment order)."""
        found = list(art.found)
        last_direct, intro, intro_end, before = None, None, 0, None
        for (a, b), doc in zip(art.segs, docs, strict=True):
            for name_pos, name in _proper_names(doc, a):
                if not art.index.touches(name_pos, name_pos + len(name)) and place_key(name) is None:
                    art.resolver.note_person(name_pos, name)  # not '"Burkina Faso," she said': no one's name
            if art.text[intro_end:a].strip():
                intro = None  # words between the colon and this segment: it introduced them, not a quote here
            local = art.index.inside(a, b)
            new = segment_quotes(doc, a, b, local, last_direct, art.people, intro, art.reveals)
            found.extend(new)
            # the statement that ends last, the outer one of two ending together ("The CIG, she adds, has asked ...")
            last_direct = max((f for f in new if continued_by_next(f)), key=lambda f: f.content[1], default=last_direct)
            adjoining = before if before is not None and not art.text[intro_end:a].strip() else None
            intro, intro_end, before = dangling_intro(doc, a, local, adjoining), b, (doc, a)
        return found


def drop_acts(text: str, found: list[Found]) -> None:
    """Empty, in place, each reported statement whose cue verb reports an act or a state rather than words
    ("continued to raise money", "the lesson is that ...": :func:`stance.cues.reports_speech`), or stands in
    the infinitive: "is expected to announce", "are required to disclose" report what is yet to be said. The
    quotes path only: :meth:`Extractor.find` keeps them, as PolNeAR marks them. An emptied one still places
    its speaker for the pronouns after it; :func:`stance.assemble.finish` drops it."""
    for f in found:
        if f.kind != "indirect" or f.att is None:
            continue
        verb, cue, content = f.att.verb, text[f.att.cue[0] : f.att.cue[1]], text[f.content[0] : f.content[1]]
        if cue.lower().startswith("to ") or _left_unsaid(verb, content) or (verb is not None and not reports_speech(
                verb.text, content, cue, any(c.dep_ == "dobj" for c in verb.children))):
            f.content = (f.content[0], f.content[0])


_WH = ("who ", "what ", "when ", "how ", "which ", "where ", "why ", "whether ", "if ")


def _left_unsaid(verb: Any, content: str) -> bool:
    """"The Taliban have not said who will lead their delegation", "Petrobras did not disclose what it had put on the
    table": a negated cue over a question left open reports nothing said."""
    return verb is not None and hasattr(verb, "children") and content.lstrip().lower().startswith(_WH) and any(
        c.dep_ == "neg" or (c.dep_ == "nsubj" and (c.lower_ in NOBODY or any(
            d.dep_ == "det" and d.lower_ in NOBODY for d in c.children))) for c in verb.children)


def interview_answers(text: str, original: str | None = None) -> tuple[list[Found], QuoteIndex, str]:
    """The labelled answers of an interview or transcript ("Raman: No. ..."), each a direct quote of
    the labelled speaker; an index of their paragraphs and of the interviewer's questions that report nobody
    (which need no parse: such a question is nobody's statement); and ``text`` with a transcript host's labels and
    a reporting question's label blanked ("MOLONEY:", "Q:"), so that
    the host's turns parse like the rest of the article, since a presenter may report someone ("Sinn Féin's
    spokesperson said yesterday that ..."). ``original``: ``text`` before its furniture was blanked, where the
    byline and an interview's standfirst are read (:func:`stance.interview.exchange`)."""
    turns = exchange(text, original)
    found = [Found(a.content, "direct", Attribution(a.colon, a.content, a.label, kind="direct"), a.paragraph)
             for a in turns.answers]
    reporting = [q for q in turns.questions if _REPORTING.search(text, *q)]
    skipped = sorted([a.paragraph for a in turns.answers] + [q for q in turns.questions if q not in reporting])
    index = QuoteIndex([QuoteSpan(a, b, a, b - 1) for a, b in skipped])
    return found, index, blank_spans(text, [label_span(text, para) for para in turns.hosts + reporting])


#: A reporting verb in an interviewer's question, which then reports someone ("Q: The agency says it will fence
#: eight villages. Is that enough?") and is read like the rest of the article; any other question is nobody's.
_REPORTING = re.compile(r"\b(?:says|said|told|tells|calls|claims|insists|argues|maintains|warns|accuses)\b")


def introduced(text: str, subjects: Sequence[tuple[int, str]]) -> list[Span]:
    """Spans of the full names that open sentences (:func:`stance.mentions.sentence_subjects`) or that a
    sentence introduces ("Among them was Dev Raman, who played ...")."""
    spans = {(p, p + len(n)) for p, n in subjects if " " in n and text[p : p + len(n)] == n}
    spans.update((m.start(1), m.end(1)) for m in _INTRODUCED.finditer(text) if is_person_name(m.group(1)))
    return sorted(spans)


_INTRODUCED = re.compile(caps(r"\b(?:was|were|is|are|including|among them)\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=,)"))


def _proper_names(doc: Any, offset: int) -> Iterator[tuple[int, str]]:
    """Runs of two or more proper nouns (candidate antecedents for "he"/"she"), not places: a run after "in",
    "at" or "near" ("One GN employee in Rankin Inlet ... was less hopeful") is where someone is, not who."""
    run: list[Any] = []
    for tok in [*doc, None]:
        if tok is not None and tok.tag_ == "NNP" and tok.text[:1].isupper():
            run.append(tok)
            continue
        if tok is not None and run and (_joined(run[-1], tok) or _particle_in_name(tok, run[0])):
            run.append(tok)  # "Oh Seung-hwan", "Marcia Henry-Bent", "Begoña Sáinz de la Maza": one name
            continue
        while run and not run[-1].text[:1].isalpha():
            run.pop()
        if len(run) >= 2 and not _where(run[-1]) and not _modifies_noun(run):
            yield run[0].idx + offset, doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]
        run = []


def _modifies_noun(run: list[Any]) -> bool:
    """A run of proper nouns after "the" that names the common noun after it ("at the Zamiin-Uud checkpoint", "the
    Marinus Link project"): a place or a thing, no person."""
    doc, first, last = run[0].doc, run[0], run[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (first.i > 0 and doc[first.i - 1].lower_ == "the" and after is not None and after.tag_ in ("NN", "NNS")
            and after.text.islower() and last.dep_ == "compound" and last.head.i == after.i)


def _particle_in_name(tok: Any, first: Any) -> bool:
    """A lower-case particle that up to two more particles and a proper noun follow ("de la Maza"), in a name that
    no article opens ("the Rio del Rey" is a river)."""
    doc, k = tok.doc, tok.i
    if first.i > 0 and doc[first.i - 1].lower_ in ("the", "a", "an"):
        return False
    while k < len(doc) and k - tok.i < 3 and doc[k].text in NAME_PARTICLES:
        k += 1
    return k > tok.i and k < len(doc) and doc[k].tag_ == "NNP" and doc[k].text[:1].isupper()


def _joined(last: Any, tok: Any) -> bool:
    """Whether ``tok`` goes on the name that ``last`` ends across a hyphen with no space."""
    if last.whitespace_:
        return False
    return tok.text == "-" or (last.text == "-" and tok.text[:1].isalpha())


def _where(tok: Any) -> bool:
    """A name after "in", "at" or "near", unless one found or has someone in it ("found a vocal critic in Chan Ka Wai")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPS:
        return False
    return not (prep.lower_ == "in" and prep.head.dep_ == "dobj" and prep.head.head.lower_ in FINDING_VERBS)


