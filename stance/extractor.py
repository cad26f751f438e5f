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
from dataclasses import dataclass, replace
from typing import Any

from stance.assemble import Found, finish, unnest
from stance.attribution import Attribution, doc_attributions
from stance.cues import LIGHT_VERBS, cue_score, lexicon, names_something, reports_speech
from stance.grouping import group_quotes
from stance.interview import exchange, label_span
from stance.mentions import Reveal, posted_by, revealed_speakers
from stance.names import noun_kind, place_key
from stance.positions import Group, split_positions
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
from stance.sources import can_speak, find_subject, source_tokens, span_of
from stance.speakers import is_person_name
from stance.types import Quote

Span = tuple[int, int]

_WORD = re.compile(r"[A-Za-z]+")


#: Cues that no single cue word marks: "states that" (a form mostly a noun elsewhere, "the United States"), "was of
#: the view that" (stance.content.held_view), and a sentence opening "For the economist X, ..."
#: (stance.attribution.framed_attribution).
_PHRASE_CUES = re.compile(r"\bstates (?:that|the)\b|\bof the (?:view|opinion) that\b"
                          r"|(?:^|(?<=[.!?]\s)|(?<=\n))For (?:the )?(?:[a-z-]+ ){0,3}[A-Z]")


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
        resolver = Resolver.for_article(text)
        return _Article(raw, text, index, found, segs, resolver, introduced(text, resolver.subjects),
                        revealed_speakers(text) + posted_by(text))

    def _consume(self, art: _Article, docs: Sequence[Any]) -> list[Found]:
        """The article's attributions from the parses of its segments (``docs``, in segment order)."""
        found = list(art.found)
        last_direct, intro, intro_end = None, None, 0
        for (a, b), doc in zip(art.segs, docs, strict=True):
            for name_pos, name in _proper_names(doc, a):
                if not art.index.touches(name_pos, name_pos + len(name)) and place_key(name) is None:
                    art.resolver.note_person(name_pos, name)  # not '"Burkina Faso," she said': no one's name
            if art.text[intro_end:a].strip():
                intro = None  # words between the colon and this segment: it introduced them, not a quote here
            local = art.index.inside(a, b)
            new = self.segment_quotes(doc, a, b, local, last_direct, art.people, intro, art.reveals)
            found.extend(new)
            last_direct = new[-1] if new else last_direct
            intro, intro_end = _dangling_intro(doc, a, local), b
        return found

    def segment_quotes(self, doc: Any, a: int, b: int, local: list[QuoteSpan],
                       last_direct: Found | None, people: Sequence[Span] = (),
                       intro: Attribution | None = None, reveals: Sequence[Reveal] = ()) -> list[Found]:
        """Attributions of one parsed segment ``[a, b)``: reported speech from the parse, and each
        direct quote of ``local`` (the quotes inside the segment) with its owner. ``last_direct`` is
        the article's last statement before the segment (a lone quote may continue it); ``people`` are
        the spans of the names the article introduces (:func:`introduced`), owners of a lone quote
        that follows them; ``intro`` is the previous segment's closing "X said:" (:func:`_dangling_intro`),
        owner of a lone quote that opens this one; ``reveals`` are the paragraphs that name the speaker of the lone
        quote before them (:func:`stance.mentions.revealed_speakers`)."""
        atts = [t for t in doc_attributions(doc, a) if not _in_quote(t.cue, local)]
        out: list[Found] = []
        claimed: set[int] = set()
        partial: set[int] = set()
        for att in atts:
            hit = [k for k, q in enumerate(local) if _overlap(att.content, (q.start, q.end))]
            for k in hit:
                claimed.add(k)
            if hit and all(_partial_quote(doc.text, a, att.content, local[k]) for k in hit):
                partial.update(hit)  # said that Moscow had "no illusions": the clause is the statement
                end = max(att.content[1], *(local[k].end for k in hit))
                out.append(Found((att.content[0], end), "indirect", replace(att, content=(att.content[0], end)),
                                 (a, b)))
            elif not hit:
                out.append(Found(att.content, "indirect", att, (a, b)))
        for k, q in enumerate(local):
            if k in partial or _scare_quote(doc.text, a, q):
                continue
            att = (_owner(q, atts, claimed, k) or _bare_cue(doc, a, q, local) or _colon_intro(doc, a, q, local)
                   or _named_after(doc.text, a, q))
            if att is None and intro is not None and k == 0 and _alone(doc.text, a, q):
                att = replace(intro, content=(q.start, q.end))  # 'Whelan said:' then the quote as its own paragraph
            if att is None:  # the quote, then 'That was Lucía Montero, ...'; 'TWU Local 234 (@TWULocal234): "..."'
                att = _revealed(q, reveals, _alone(doc.text, a, q))
            # the statement just before: '..., she said. "My base case is ..."' continues her
            before = [f for f in out if f.content[1] <= q.open_at]
            last = max(before, key=lambda f: f.content[1]) if before else last_direct
            newcomer = _newcomer(doc.text, a, q, last, people) if att is None else None
            if newcomer is not None:  # 'Her neighbour, Kavira Masika, sat sorting beans.\n\n"If ..."'
                att = Attribution((newcomer[1], newcomer[1]), (q.start, q.end), newcomer, kind="direct")  # no cue
            elif att is None and not _continues_previous(doc.text, a, q, last):
                if len(doc.text[q.start - a : q.end - a].split()) < 4:
                    continue
            elif att is None:
                att = last.att
            last_direct = Found((q.start, q.end), "direct", att, (a, b), q.closed)
            out.append(last_direct)
        return sorted(out, key=lambda f: f.content)


def drop_acts(text: str, found: list[Found]) -> None:
    """Empty, in place, each reported statement whose cue verb reports an act or a state rather than words
    ("continued to raise money", "the lesson is that ...": :func:`stance.cues.reports_speech`), or stands in
    the infinitive: "is expected to announce", "are required to disclose" report what is yet to be said. The
    quotes path only: :meth:`Extractor.find` keeps them, as PolNeAR marks them. An emptied one still places
    its speaker for the pronouns after it; :func:`stance.assemble.finish` drops it."""
    for f in found:
        if f.kind != "indirect" or f.att is None:
            continue
        infinitive = text[f.att.cue[0] : f.att.cue[1]].lower().startswith("to ")
        if infinitive or (f.att.verb is not None and not reports_speech(
                f.att.verb.text, text[f.content[0] : f.content[1]], text[f.att.cue[0] : f.att.cue[1]])):
            f.content = (f.content[0], f.content[0])


def interview_answers(text: str, original: str | None = None) -> tuple[list[Found], QuoteIndex, str]:
    """The labelled answers of an interview or transcript ("Raman: No. ..."), each a direct quote of
    the labelled speaker; an index of their paragraphs and the interviewer's questions (which need no parse:
    a question is nobody's statement); and ``text`` with a transcript host's labels blanked ("MOLONEY:"), so that
    the host's turns parse like the rest of the article, since a presenter may report someone ("Sinn Féin's
    spokesperson said yesterday that ..."). ``original``: ``text`` before its furniture was blanked, where the
    byline and an interview's standfirst are read (:func:`stance.interview.exchange`)."""
    turns = exchange(text, original)
    found = [Found(a.content, "direct", Attribution(a.colon, a.content, a.label, kind="direct"), a.paragraph)
             for a in turns.answers]
    skipped = sorted([a.paragraph for a in turns.answers] + turns.questions)
    index = QuoteIndex([QuoteSpan(a, b, a, b - 1) for a, b in skipped])
    return found, index, blank_spans(text, [label_span(text, para) for para in turns.hosts])


def _scare_quote(seg_text: str, a: int, q: QuoteSpan) -> bool:
    """A one- or two-word term in marks as the subject of its sentence ('The "informateur" appointed by
    parliament ... said') names the speaker's role; nobody is quoted."""
    if len(seg_text[q.start - a : q.end - a].split()) > 2:
        return False
    return seg_text[: q.open_at - a].strip() in ("The", "A", "An")


def _partial_quote(seg_text: str, a: int, content: tuple[int, int], q: QuoteSpan) -> bool:
    """A few quoted words inside a reported clause ("that Moscow had "no illusions" about the outcome"):
    both marks inside the clause, and at least three words of the clause outside the quote."""
    if not (content[0] <= q.open_at and q.start < content[1]):
        return False
    if q.close_at >= content[1] and seg_text[content[1] - a : q.close_at - a].strip(_CLOSING):
        return False  # the quote runs on past the clause
    outside = seg_text[content[0] - a : q.open_at - a] + " " + seg_text[q.close_at + 1 - a : content[1] - a]
    return len(outside.split()) >= 3


_CLOSING = " .,;:!?\"'”’»"


def _in_quote(span: tuple[int, int], local: list[QuoteSpan]) -> bool:
    return any(q.open_at <= span[0] and span[1] <= q.close_at + 1 for q in local)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _owner(q: QuoteSpan, atts: list[Attribution], claimed: set[int], k: int) -> Attribution | None:
    if k not in claimed:
        return None
    return next((t for t in atts if _overlap(t.content, (q.start, q.end))), None)


def _bare_cue(doc: Any, a: int, q: QuoteSpan, local: list[QuoteSpan]) -> Attribution | None:
    """A reporting verb with a subject near the quote, outside every quote ('X said.')."""
    best, best_dist = None, 10**9
    for tok in doc:
        pos = tok.idx + a
        # a rare cue ("withdrew", under 5 PolNeAR cues) owns no quote it merely lies near; nor does a name
        # ('a trend known locally as "japa"')
        if not tok.tag_.startswith("VB") or names_something(tok) or (
                cue_score(tok.text, min_count=5) < 0.2 and not _in_attribution_slot(doc.text, a, q, tok)):
            continue
        if _in_quote((pos, pos + 1), local):
            continue
        subj, ante = find_subject(tok)
        if subj is None or _in_quote((subj.idx + a, subj.idx + a + 1), local) or not can_speak(subj, ante):
            continue
        dist = min(abs(pos - q.close_at), abs(pos - q.open_at))
        if dist < best_dist:
            src = span_of(source_tokens(subj, tok), a)
            best, best_dist = Attribution(span_of([tok], a), (q.start, q.end), src, subj, ante, tok, "direct"), dist
    return best


#: After a quote that ends on a comma: a person's name, an appositive, a reporting verb ('"...," Daniel Brennan, the
#: Commerce Department's under secretary for trade, told reporters'), which the parser may split at the "'s".
_NAME_THEN_CUE = re.compile(r"[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}),[ \t]+[^\"“”\n]{3,160}?,[ \t]+([a-z]+)\b")


#: After a quote that ends on a comma: a reporting verb, then a person's name ('"...," said Miriam Achieng, the
#: association's chief executive'), which the parser may read as no subject at all.
_CUE_THEN_NAME = re.compile(r"[ \t]+([a-z]+)[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})(?=[,.;:]|[ \t]+[a-z])")


def _named_after(seg_text: str, a: int, q: QuoteSpan) -> Attribution | None:
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


def _in_attribution_slot(seg_text: str, a: int, q: QuoteSpan, tok: Any) -> bool:
    """A past-tense verb right after a quote that ends on a comma, with at most a short subject between
    ('"...," he averred', '"...," retorted the minister'): the slot only a reporting verb fills, so the verb is
    one whatever PolNeAR counted for it ("averred", "retorted", "intoned" are rare there)."""
    if tok.tag_ != "VBD" or not q.closed or seg_text[q.close_at - a - 1 : q.close_at - a] not in (",", "?", "!"):
        return False
    between = seg_text[q.close_at - a + 1 : tok.idx]
    return tok.idx > q.close_at - a and re.fullmatch(r"\s*(?:[\w.’'-]+\s+){0,4}", between) is not None


def _colon_intro(doc: Any, a: int, q: QuoteSpan, local: list[QuoteSpan]) -> Attribution | None:
    """A quote a clause introduces with a colon and no reporting verb ("One resident summed it up: "...",
    "The minister was blunt: "...""): the clause's subject, when it is someone who can speak."""
    before = doc.text[: q.open_at - a].rstrip()
    if not before.endswith(":") or len(doc.text[q.start - a : q.end - a].split()) < 4:  # 'two options: "a freeze"'
        return None
    return _colon_owner(doc, a, len(before) - 1, (q.start, q.end), local)


def _dangling_intro(doc: Any, a: int, local: list[QuoteSpan]) -> Attribution | None:
    """A segment that ends with its speaker and a colon ("In a statement, Aslef general secretary Mick Whelan
    said:"), the quote standing as the next paragraph: the attribution waiting for it (no content yet). Only
    a reporting verb introduces across a paragraph break ("The choice is simple:" then a list does not)."""
    head = doc.text.rstrip()
    if not head.endswith(":"):
        return None
    att = _colon_owner(doc, a, len(head) - 1, (a + len(head), a + len(head)), local)
    if att is None or att.verb is None or cue_score(att.verb.text, min_count=5) < 0.2:
        return None
    return replace(att, cue=span_of([att.verb], a))


def _colon_owner(doc: Any, a: int, at: int, content: Span, local: list[QuoteSpan]) -> Attribution | None:
    """The attribution of ``content`` to the subject of the clause that ends with the colon at ``doc.text[at]``,
    when it is someone who can speak."""
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None or colon[0].i == 0 or _in_quote((colon.start_char + a, colon.start_char + a + 1), local):
        return None
    verb, subj = colon[0].nbor(-1), None  # climb from the word before the colon to its clause's verb
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon[0].i), None)
        if subj is not None or verb.head is verb or verb.head.i > colon[0].i:
            break
        verb = verb.head
    if subj is None or not _speaker_noun(subj) or not can_speak(subj):
        return None
    return Attribution((colon.start_char + a, colon.start_char + a), content,
                       span_of(source_tokens(subj, verb), a), subj, None, verb, "direct")


def _speaker_noun(tok: Any) -> bool:
    """A name, a personal pronoun, or a noun the lexicon knows as a person, a body or a document."""
    return tok.tag_ in ("NNP", "NNPS") or tok.lower_ in ("he", "she", "they", "we", "i") or (
        noun_kind(tok.text) in ("person", "group", "doc"))


def _alone(seg_text: str, a: int, q: QuoteSpan) -> bool:
    """Nothing but the quote in its part of the segment (no words outside the marks)."""
    outside = seg_text[: q.open_at - a] + seg_text[q.close_at + 1 - a :]
    return not any(ch.isalnum() for ch in outside)


def _revealed(q: QuoteSpan, reveals: Sequence[Reveal], alone: bool) -> Attribution | None:
    """The attribution a :class:`~stance.mentions.Reveal` gives the quote: the lone quote that ends in the paragraph
    before a "That was X" (opened there or in a paragraph before, a quote run over paragraphs), or the post a handle
    labels (the quote opens where the label ends); None when none does."""
    for r in reveals:
        inside = r.where[0] <= q.close_at < r.where[1]
        if (r.lone and alone and inside) or (not r.lone and q.open_at == r.where[0]):
            return Attribution(r.cue, (q.start, q.end), r.source, kind="direct")
    return None


def _continues_previous(seg_text: str, a: int, q: QuoteSpan, last: Found | None) -> bool:
    """A quote alone in its sentence right after an attributed direct quote continues it."""
    if not _alone(seg_text, a, q):
        return False
    return last is not None and last.att is not None and q.open_at - last.context[1] < 400


def introduced(text: str, subjects: Sequence[tuple[int, str]]) -> list[Span]:
    """Spans of the full names that open sentences (:func:`stance.mentions.sentence_subjects`) or that a
    sentence introduces ("Among them was Dev Raman, who played ...")."""
    spans = {(p, p + len(n)) for p, n in subjects if " " in n and text[p : p + len(n)] == n}
    spans.update((m.start(1), m.end(1)) for m in _INTRODUCED.finditer(text) if is_person_name(m.group(1)))
    return sorted(spans)


_INTRODUCED = re.compile(r"\b(?:was|were|is|are|including|among them)\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=,)")


def _newcomer(seg_text: str, a: int, q: QuoteSpan, last: Found | None, people: Sequence[Span]) -> Span | None:
    """A lone quote (nothing else in its sentence) whose paragraph follows one that opens with a person
    who has not spoken yet, after the last statement: that person's words ("Her neighbour, Kavira
    Masika, sat sorting beans beside her." then the quote)."""
    if not _alone(seg_text, a, q):
        return None
    since = last.content[1] if last is not None else -1
    fresh = [s for s in people if since < s[0] < q.open_at and q.open_at - s[0] < 400]
    return fresh[0] if fresh else None  # "Marie Gagnon has cut shifts. Darren Gagnon is her brother."


def _proper_names(doc: Any, offset: int) -> Iterator[tuple[int, str]]:
    """Runs of two or more proper nouns (candidate antecedents for "he"/"she")."""
    run: list[Any] = []
    for tok in [*doc, None]:
        if tok is not None and tok.tag_ == "NNP" and tok.text[:1].isupper():
            run.append(tok)
            continue
        if len(run) >= 2:
            yield run[0].idx + offset, " ".join(t.text for t in run)
        run = []


