"""The article -> quotes -> speakers stage: :class:`Extractor`.

Only the sentences that can hold an attribution (a quote mark or a cue word) are parsed,
each as its own small ``Doc``; text is cleaned with :func:`stance.quotes.sanitize` first,
which keeps every offset valid for the caller's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from stance.attribution import (
    LIGHT_VERBS,
    Attribution,
    can_speak,
    cue_score,
    doc_attributions,
    find_subject,
    lexicon,
    source_tokens,
    span_of,
)
from stance.interview import labelled_answers
from stance.mentions import full_names, sentence_documents, sentence_subjects
from stance.names import noun_kind, place_key
from stance.quotes import (
    QuoteIndex,
    QuoteSpan,
    blank_furniture,
    find_direct_quotes,
    paragraphs,
    sanitize,
    sentences,
)
from stance.speakers import (
    PRONOUNS,
    Entity,
    Resolver,
    canonical_mention,
    is_person_name,
    split_apposition,
    surname_form,
)
from stance.types import Quote

Span = tuple[int, int]

_WORD = re.compile(r"[A-Za-z]+")
Group = tuple[str, tuple[str, ...], tuple[Quote, ...]]


@dataclass
class Found:
    """A quote before speaker resolution: its content span, kind, the attribution that
    owns it and the segment (sentence span) it was found in. Shared with
    :class:`stance.tagged.TaggedExtractor`."""

    content: tuple[int, int]
    kind: str
    att: Attribution | None
    context: tuple[int, int]
    closed: bool = True
    entity: Entity | None = None


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
        """One list of quotes per text, same order, streamed (uses ``nlp.pipe``).

        Raises:
            TypeError: an item is not a ``str``.
        """
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"texts[{i}] is {type(text).__name__}: {text!r:.40}; expected str")
            yield self._extract_one(text, batch_size=batch_size, n_process=n_process)

    def group(self, quotes: Sequence[Quote]) -> list[Group]:
        """(canonical speaker, aliases, quotes) per speaker, in order of first quote.

        Unattributed quotes (``speaker`` None) are in no group.
        """
        order: dict[str, list[Quote]] = {}
        names: dict[str, str] = {}
        for q in quotes:
            if q.speaker is not None:
                key = _group_key(q.speaker)
                names.setdefault(key, q.speaker)
                order.setdefault(key, []).append(q)
        _merge_surnames(order, names)
        out = []
        for key, qs in order.items():
            name = names[key]
            aliases: list[str] = []
            for q in qs:
                if not q.speaker_mention or q.speaker_mention.lower() in PRONOUNS:
                    continue
                head, extra = split_apposition(q.speaker_mention)
                for alias in (canonical_mention(q.speaker_mention), *extra):
                    if alias and alias != name and alias not in aliases:
                        aliases.append(alias)
            out.append((name, tuple(aliases), tuple(qs)))
        return out

    # -- internals -------------------------------------------------------------------
    def wanted(self, text: str, seg: tuple[int, int], quotes: QuoteIndex) -> bool:
        """Whether a segment can hold an attribution: it touches a quote or holds a cue word."""
        if quotes.touches(*seg):
            return True
        return any(w.lower() in self._cues for w in _WORD.findall(text, *seg))

    def _extract_one(self, raw: str, *, batch_size: int, n_process: int) -> list[Quote]:
        found, resolver = self.find(raw, batch_size=batch_size, n_process=n_process)
        return finish(raw, _unnest(found), resolver)

    def find(self, raw: str, *, batch_size: int = 16, n_process: int = 1) -> tuple[list[Found], Resolver]:
        """Raw attributions (source, cue and content spans) before speaker resolution;
        used by ``benchmarks/attribution.py`` to score spans as PolNeAR annotates them."""
        text = blank_furniture(sanitize(raw))
        quotes = find_direct_quotes(text)
        index = QuoteIndex(quotes)
        found, answered = interview_answers(text)
        segs = [s for s in segments(text, quotes) if self.wanted(text, s, index) and not answered.touches(*s)]
        resolver = Resolver()
        subjects = sentence_subjects(text)
        resolver.note_subjects(subjects)
        resolver.note_documents(sentence_documents(text))
        people = introduced(text, subjects)
        docs = self.nlp.pipe((text[a:b] for a, b in segs), batch_size=batch_size, n_process=n_process)
        last_direct = None
        for (a, b), doc in zip(segs, docs, strict=True):
            for name_pos, name in _proper_names(doc, a):
                resolver.note_person(name_pos, name)
            new = self.segment_quotes(doc, a, b, index.inside(a, b), last_direct, people)
            found.extend(new)
            last_direct = new[-1] if new else last_direct
        return found, resolver

    def segment_quotes(self, doc: Any, a: int, b: int, local: list[QuoteSpan],
                       last_direct: Found | None, people: Sequence[Span] = ()) -> list[Found]:
        """Attributions of one parsed segment ``[a, b)``: reported speech from the parse, and each
        direct quote of ``local`` (the quotes inside the segment) with its owner. ``last_direct`` is
        the article's last statement before the segment (a lone quote may continue it); ``people`` are
        the spans of the names the article introduces (:func:`introduced`), owners of a lone quote
        that follows them."""
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
            att = _owner(q, atts, claimed, k) or _bare_cue(doc, a, q, local)
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


def interview_answers(text: str) -> tuple[list[Found], QuoteIndex]:
    """The labelled answers of an interview or transcript ("Raman: No. ..."), each a direct quote of
    the labelled speaker, and an index of their paragraphs (which need no parse)."""
    answers = labelled_answers(text)
    found = [Found(a.content, "direct", Attribution(a.colon, a.content, a.label, kind="direct"), a.paragraph)
             for a in answers]
    spans = [QuoteSpan(a.paragraph[0], a.paragraph[1], a.paragraph[0], a.paragraph[1] - 1) for a in answers]
    return found, QuoteIndex(spans)


_PRONOUN_CONTENT = frozenset("it this that so them him her these those".split())


def _pronoun_only(content: str) -> bool:
    """"sees it differently", "said so": a pronoun alone carries no statement to classify."""
    return content.strip(" ,.;:").lower() in _PRONOUN_CONTENT


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
        if not tok.tag_.startswith("VB") or cue_score(tok.text) < 0.2 or _in_quote((pos, pos + 1), local):
            continue
        subj, ante = find_subject(tok)
        if subj is None or _in_quote((subj.idx + a, subj.idx + a + 1), local) or not can_speak(subj, ante):
            continue
        dist = min(abs(pos - q.close_at), abs(pos - q.open_at))
        if dist < best_dist:
            src = span_of(source_tokens(subj, tok), a)
            best, best_dist = Attribution(span_of([tok], a), (q.start, q.end), src, subj, ante, tok, "direct"), dist
    return best


def _alone(seg_text: str, a: int, q: QuoteSpan) -> bool:
    """Nothing but the quote in its part of the segment (no words outside the marks)."""
    outside = seg_text[: q.open_at - a] + seg_text[q.close_at + 1 - a :]
    return not any(ch.isalnum() for ch in outside)


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


# ", former finance minister Hendrik Vos," between a common-noun subject (with its clause) and the cue verb
_TRAILING_NAME = re.compile(
    r"^[^,\n]{0,120},\s*(?:[a-z][\w-]*\s+){0,4}((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s*,\s*$")


def _appositive_name(raw: str, att: Attribution) -> tuple[int, int] | None:
    """The proper name in apposition to a role-noun source whose clause the parse cut off:
    "The mediator appointed by the AU, former president John Roe, said" -> "John Roe"."""
    root = att.source_root
    if root is None or att.antecedent is not None or att.cue[0] < att.source[1]:
        return None
    if root.tag_ not in ("NN", "NNS") and not root.text[:1].islower():  # a common noun, however tagged
        return None
    m = _TRAILING_NAME.match(raw[att.source[1] : att.cue[0]])
    if m is None:
        return None
    return att.source[1] + m.start(1), att.source[1] + m.end(1)


_CONTINUING = frozenset(("added", "adds", "continued", "went on", "concluded", "insisted"))


def finish(raw: str, found: list[Found], resolver: Resolver) -> list[Quote]:
    """Resolve speakers in text order and build the :class:`Quote` objects."""
    found.sort(key=lambda f: f.content)
    prev: Found | None = None
    for f in found:
        if f.att is not None and f.att.source is not None:
            name = _appositive_name(raw, f.att)
            if name is not None:
                f.att = replace(f.att, source=name)
            s, e = f.att.source
            mention = raw[s:e]
            if f.att.antecedent is not None:
                mention = _antecedent_text(raw, f.att)
            continuing = raw[f.att.cue[0] : f.att.cue[1]].lower() in _CONTINUING
            f.entity = _issuer(raw, mention, prev) or (
                resolver.resolve(mention, s, continuing=continuing) if mention.strip() else None)
            if f.entity is not None:
                f.entity = resolver.definite_role(f.entity, mention, s, f.context[1], raw)
            prev = f
    resolver.complete_surnames(full_names(raw))
    merged = resolver.merge_roles(raw)
    for f in found:
        if f.entity is not None and id(f.entity) in merged:
            f.entity = merged[id(f.entity)]
    # a pronoun alone ("praised her", "sees it differently") is an attribution PolNeAR marks (find() keeps
    # it for the benchmark) but no statement to classify
    return [_to_quote(raw, f) for f in _merge_reasons(raw, found)
            if f.content[1] > f.content[0] and not _pronoun_only(raw[f.content[0] : f.content[1]])]


_THE_DOCUMENT = re.compile(r"^(?:the|that) (?:[\w-]+ ){0,3}?([a-z]+)$", re.I)
_IN_A_DOCUMENT = re.compile(r"\b(?:in|issued|published) (?:an? |its |their |the )?(?:[\w-]+ ){0,3}?"
                            r"(statement|communiqu[eé]|report|findings|letter|filing|declaration|readout|post|memo)\b",
                            re.I)


def _issuer(raw: str, mention: str, prev: Found | None) -> Entity | None:
    """"The statement said ..." right after "In a joint statement, the E3 said ...", "The 84-page report
    said" after "In provisional findings published Tuesday, the regulator said": the document is the
    previous speaker's, so it speaks for them."""
    m = _THE_DOCUMENT.match(mention.strip())
    if m is None or noun_kind(m.group(1)) != "doc" or prev is None or prev.entity is None or prev.att is None:
        return None
    lo = min(prev.att.cue[0], prev.att.source[0] if prev.att.source else prev.att.cue[0])
    start = max(raw.rfind(". ", 0, lo), raw.rfind("\n", 0, lo)) + 1
    scene = raw[start : max(prev.att.cue[1], prev.att.source[1] if prev.att.source else 0) + 40]
    doc = _IN_A_DOCUMENT.search(scene)
    said, named = m.group(1).lower(), doc.group(1).lower() if doc else ""
    if not doc or (said != named and {said, named} != {"report", "findings"}):
        return None  # "In a statement, the union said ... . The report said" is another document
    return prev.entity


def _person_like(att: Attribution) -> bool:
    """A source that can speak inside someone else's statement: a person, not a place or a poll."""
    root = att.source_root
    if root is None:
        return False
    if root.lower_ in ("he", "she", "i", "we"):
        return True
    if root.tag_ in ("NN", "NNS"):
        return noun_kind(root.text) == "person"
    names = [t.text for t in root.subtree if t.tag_ == "NNP"]
    return root.tag_ == "NNP" and len(names) >= 2 and place_key(" ".join(names)) is None


def _unnest(found: list[Found]) -> list[Found]:
    """Reported speech inside another statement's content ("Malual said Juba welcomed ...")
    is part of that statement, unless a person is quoted in it ("... said the delegate had
    warned that ..."); a participle there ("..., noting that") belongs to the outer speaker."""
    by_segment: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        by_segment.setdefault(f.context, []).append(f)
    out = []
    for f in found:
        # an outer statement's content lies in its own segment, so only f's segment can hold it
        outer = next((g for g in by_segment[f.context] if g is not f and g.att and f.att and _within(f.att, g)),
                     None)
        if outer is None or f.kind != "indirect":
            out.append(f)
        elif f.att.verb.tag_ == "VBG" and f.att.verb.dep_ in ("advcl", "conj", "xcomp"):
            f.att = replace(f.att, source=outer.att.source, source_root=outer.att.source_root, antecedent=None)
            out.append(f)
        elif _person_like(f.att) and cue_score(f.att.verb.text) >= 0.5:
            out.append(f)
    return out


def _within(att: Attribution, outer: Found) -> bool:
    a, b = outer.att.content if outer.att is not None else outer.content
    return a <= att.cue[0] < b and att.source is not None and a <= att.source[0]


def _merge_reasons(raw: str, found: list[Found]) -> list[Found]:
    """Join "expressed skepticism about X, citing Y" into one statement: the participle
    gives the reason for the attitude, and the stance is judged from both (issue 3 seed)."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.att is not None
            and last.att.attitude
            and last.att.verb is not None
            and f.att is not None
            and f.att.verb is not None  # tagger attributions have no parse
            and f.att.verb.dep_ == "advcl"
            and f.att.verb.head.i == last.att.verb.i
            and f.att.verb.doc is last.att.verb.doc
            and not raw[last.content[1] : f.att.cue[0]].strip(" ,;")
        ):
            last.content = (last.content[0], f.content[1])
            continue
        out.append(f)
    return out


def _antecedent_text(raw: str, att: Attribution) -> str:
    """For "who said", the noun phrase the relative clause modifies."""
    offset = att.source[0] - att.source_root.idx if att.source else 0
    s, e = span_of(source_tokens(att.antecedent, att.verb), offset)
    return raw[s:e]


def _to_quote(raw: str, f: Found) -> Quote:
    s, e = f.content
    att = f.att
    if att is not None and att.attitude and f.kind == "indirect" and att.cue[0] < s:
        s = att.cue[0]  # "expressed skepticism about X": the attitude is part of the statement
    speaker = f.entity.canonical if f.entity is not None else None
    src = att.source if att is not None else None
    cue = att.cue if att is not None and att.cue[1] > att.cue[0] else None  # a newcomer's quote has no cue
    return Quote(
        text=raw[s:e],
        start=s,
        end=e,
        kind=f.kind,  # type: ignore[arg-type]
        speaker=speaker,
        speaker_mention=raw[src[0] : src[1]] if src else None,
        speaker_start=src[0] if src else None,
        speaker_end=src[1] if src else None,
        cue=raw[cue[0] : cue[1]] if cue else None,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        context_start=f.context[0],
        context_end=f.context[1],
    )


def _group_key(name: str) -> str:
    """Speakers whose names differ only in case, spacing or a leading article are one speaker."""
    key = " ".join(name.split()).casefold()
    for article in ("the ", "a ", "an "):
        if key.startswith(article):
            key = key[len(article):]
    return key


def _merge_surnames(order: dict[str, list[Quote]], names: dict[str, str]) -> None:
    """Merge a one-word speaker ("Kessler", "al-Qahtani") into the only longer name ending in it."""
    for key in [k for k in order if " " not in k]:
        short = surname_form(key)
        owners = [k for k in order
                  if k != key and " " in k and surname_form(k).split()[-1] == short and is_person_name(names[k])]
        if len(owners) == 1 and names[key][:1].isupper():
            owner = owners[0]
            order[owner] = sorted(order[owner] + order.pop(key), key=lambda q: q.start)
