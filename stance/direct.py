"""Direct quotes and their owners in one parsed segment (:func:`segment_quotes`): the reported speech the
parse finds (:func:`stance.attribution.doc_attributions`), then for each quote mark the attribution that owns it,
a bare cue beside it ('"...," said Ruiz'), a colon introduction ("Ruiz said:"), a name after it, a paragraph that
reveals its speaker, the statement it continues, or the person the paragraph before introduced.

Called by :class:`stance.extractor.Extractor` for each segment it parses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from stance.after_quote import apposed_after
from stance.assemble import Found
from stance.attribution import Attribution, doc_attributions
from stance.content import as_saying
from stance.cues import QUOTING_VERBS, cue_score, names_something
from stance.joined import said_and
from stance.named_owners import named_after, named_after_mark, put_it, what_called
from stance.names import caps, noun_kind
from stance.posts import Reveal
from stance.quotes import QuoteSpan
from stance.sources import SEEING, can_speak, source_tokens, span_of
from stance.speakers import NICKNAME_WORDS
from stance.subjects import find_subject

Span = tuple[int, int]


_SLOGAN = re.compile(r"\b(?:placards?|banners?|signs?|posters?|t-shirts?|graffiti|slogans?)\s+(?:that\s+)?"
                     r"(?:reading|read|reads|saying|said|bearing|with\s+the\s+words)\s*[:,]?\s*$", re.I)
_CLOSING = " .,;:!?\"'”’»"


def segment_quotes(doc: Any, a: int, b: int, local: list[QuoteSpan],
                   last_direct: Found | None, people: Sequence[Span] = (),
                   intro: Attribution | None = None, reveals: Sequence[Reveal] = ()) -> list[Found]:
    """Attributions of one parsed segment ``[a, b)``: reported speech from the parse, and each
    direct quote of ``local`` (the quotes inside the segment) with its owner. ``last_direct`` is
    the article's last statement before the segment (a lone quote may continue it); ``people`` are
    the spans of the names the article introduces (:func:`introduced`), owners of a lone quote
    that follows them; ``intro`` is the previous segment's closing "X said:" (:func:`dangling_intro`),
    owner of a lone quote that opens this one; ``reveals`` are the paragraphs that name the speaker of the lone
    quote before them (:func:`stance.posts.revealed_speakers`)."""
    # a cue inside a quote is the quoted speaker's; so is a subject that is part of a quote ('"Every bottle of Scotch
    # that enters Turkey," said X, "still carries a duty"': the parse made the quote's opening words the subject of
    # "said"), though not one that is a whole quote ('"Sue from Carindale" said she relies on the 222')
    atts = [t for t in doc_attributions(doc, a) if not _in_quote(t.cue, local) and not _part_of_quote(t.source, local)]
    atts = [_resourced(t, atts, a) for t in atts]
    out: list[Found] = []
    claimed: set[int] = set()
    partial: set[int] = set()
    for att in atts:
        att = _with_adjoining_quote(doc.text, a, att, local)
        hit = [k for k, q in enumerate(local) if _overlap(att.content, (q.start, q.end))]
        for k in hit:
            claimed.add(k)
        if hit and all(_partial_quote(doc.text, a, att.content, local[k]) for k in hit):
            partial.update(hit)  # said that Moscow had "no illusions": the clause is the statement
            end = max(att.content[1], *(local[k].end for k in hit))
            end = _goes_on(doc.text, a, max(end, *(local[k].close_at + 1 for k in hit))) or end
            out.append(Found((att.content[0], end), "indirect", replace(att, content=(att.content[0], end)),
                         (a, b)))
        elif not hit:
            out.append(Found(att.content, "indirect", att, (a, b)))
    said_and(doc.text, a, out)
    for k, q in enumerate(local):
        if k in partial or _scare_quote(doc.text, a, q) or _SLOGAN.search(doc.text, 0, q.open_at - a):
            continue  # a term in marks; 'placards reading "Not For Sale."': a slogan, nobody's statement (policy 7)
        att = (_revealed(q, [r for r in reveals if not r.lone], False)  # a soundbite's or a post's label: explicit
               or named_after_mark(doc.text, a, q) or _owner(q, atts, claimed, k) or _resumed(doc.text, a, q, out)
               or _bare_cue(doc, a, q, local)
               or _colon_intro(doc, a, q, local) or named_after(doc.text, a, q)
               or what_called(doc.text, a, q))
        if att is None and intro is not None and k == 0 and _alone(doc.text, a, q):
            att = replace(intro, content=(q.start, q.end))  # 'Whelan said:' then the quote as its own paragraph
        if att is None:  # the quote, then 'That was Lucía Montero, ...'; 'TWU Local 234 (@TWULocal234): "..."'
            att = _revealed(q, reveals, _alone(doc.text, a, q))
        # the statement just before: '..., she said. "My base case is ..."' continues her
        before = [f for f in out if f.content[1] <= q.open_at and continued_by_next(f)]
        last = max(before, key=lambda f: f.content[1]) if before else last_direct
        att = att or put_it(doc.text, a, q, last)
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


def _with_adjoining_quote(seg_text: str, a: int, att: Attribution, local: list[QuoteSpan]) -> Attribution:
    """``att`` with its reported clause run on through quoted words that open right after it in lower case ('that
    the government was ready "to sit down again as many times as it takes"'), where the parse ended it at the mark."""
    if att.kind != "indirect":
        return att
    q = next((q for q in local if q.open_at >= att.content[1] and not seg_text[att.content[1] - a : q.open_at - a].strip()
              and seg_text[q.start - a : q.start - a + 1].islower()), None)
    return replace(att, content=(att.content[0], q.end)) if q is not None else att


def _resourced(att: Attribution, atts: list[Attribution], a: int) -> Attribution:
    """``att``, or, for a cue coordinated with the head of another report's content and sharing its subject ('the
    health system said Great Lakes Mutual had "not responded" and accused the insurer of "running out the clock"'),
    the same report with that other report's source: the health system accused, not Great Lakes Mutual."""
    verb = att.verb
    if verb is None or not hasattr(verb, "dep_") or verb.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return att
    head = verb.head.idx + a
    outer = next((o for o in atts if o is not att and o.content[0] <= att.cue[0] < o.content[1]
                  and o.content[0] <= head < o.content[1] and o.source is not None), None)
    if outer is None or att.source_root is None or att.source_root.tag_ == "PRP":
        return att  # 'said he would report to the speaker and recommend a new round': he, the speaker himself
    return replace(att, source=outer.source, source_root=outer.source_root, antecedent=outer.antecedent)


def continued_by_next(found: Found) -> bool:
    """Whether a lone quote after ``found`` may continue it: not when its source is owned by a relative "whose"
    ("..., a chief of the Goro tribe, whose people signed a pact"; the people are nobody quoted)."""
    root = found.att.source_root if found.att is not None else None
    return root is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in root.children)


_NICKNAME = re.compile(NICKNAME_WORDS)  # 'Rep. Arlene “Len” Macaraeg'


def _scare_quote(seg_text: str, a: int, q: QuoteSpan) -> bool:
    """A one- or two-word term in marks as the subject of its sentence ('The "informateur" appointed by
    parliament ... said') names the speaker's role, and a term of up to three words glossed after a dash or a
    bracket ('fares paid to "taxis conventionnés" – licensed taxis approved to ...') is explained; a nickname inside a
    name ('Rep. Arlene “Len” Macaraeg') is a name; nobody is quoted."""
    words = len(seg_text[q.start - a : q.end - a].split())
    if q.closed and words <= 3 and re.match(r"\s*[–—(]", seg_text[q.close_at - a + 1 : q.close_at - a + 4]):
        return True
    if q.closed and words <= 3 and _NICKNAME.fullmatch(seg_text[q.start - a : q.end - a]) and re.search(
            r"(?<![.!?:]\s)\b[A-Z][\w.'’-]* $", seg_text[: q.open_at - a]) and re.match(
            r" [A-Z]", seg_text[q.close_at - a + 1 : q.close_at - a + 3]):
        return True
    return words <= 2 and seg_text[: q.open_at - a].strip() in ("The", "A", "An")


def _partial_quote(seg_text: str, a: int, content: tuple[int, int], q: QuoteSpan) -> bool:
    """A few quoted words inside a reported clause ("that Moscow had "no illusions" about the outcome"):
    both marks inside the clause, and at least three words of the clause outside the quote."""
    if not (content[0] <= q.open_at and q.start < content[1]):
        return False
    if q.close_at >= content[1] and seg_text[content[1] - a : q.close_at - a].strip(_CLOSING):
        # the quote runs on past the clause: the clause's still when it opens inside it after the writer's words
        # ('said that the negotiations had full backing and that "dialogue is not a favour to anyone, it is ..."')
        return q.open_at > content[0] and len(seg_text[content[0] - a : q.open_at - a].split()) >= 3
    outside = seg_text[content[0] - a : q.open_at - a] + " " + seg_text[q.close_at + 1 - a : content[1] - a]
    return len(outside.split()) >= 3


def _goes_on(seg_text: str, a: int, end: int) -> int | None:
    """The end of a reported clause whose quoted words close before it does ('that he was "cautiously optimistic" a
    deal could be reached in time'): on to the next punctuation when lower-case words that start no new clause
    follow the closing mark at ``end``; else None."""
    if seg_text[end - a - 2 : end - a - 1] in tuple(",.;:!?"):
        return None  # '"a target," the group said': the quote closed the clause
    m = _RUNS_ON.match(seg_text, end - a)
    if m is None or m.group(1) in _NEW_CLAUSE or any(cue_score(w, min_count=5) >= 0.5 for w in m.group().split()):
        return None
    return m.end() + a


_NEW_CLAUSE = frozenset("and but or while as after before according he she they it we".split())


#: Lower-case words after a closing mark, up to the next punctuation: the rest of the clause the quote sat in.
_RUNS_ON = re.compile(caps(r"[ \t]+([a-z]+)\b[^,.;:!?\"“”\n]*(?=[,.;:!?\n])"))


def _within(q: QuoteSpan, span: tuple[int, int]) -> bool:
    return q.open_at <= span[0] and span[1] <= q.close_at + 1


def _in_quote(span: tuple[int, int], local: list[QuoteSpan]) -> bool:
    return any(_within(q, span) for q in local)


def _part_of_quote(span: tuple[int, int] | None, local: list[QuoteSpan]) -> bool:
    """``span`` lies inside a quote that holds more than it (not a quote that is only a name)."""
    return span is not None and any(_within(q, span) and q.end - q.start > span[1] - span[0] + 2 for q in local)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _owner(q: QuoteSpan, atts: list[Attribution], claimed: set[int], k: int) -> Attribution | None:
    if k not in claimed:
        return None
    return next((t for t in atts if _overlap(t.content, (q.start, q.end))), None)


def _resumed(seg_text: str, a: int, q: QuoteSpan, out: list[Found]) -> Attribution | None:
    """'"Every bottle of Scotch that enters Turkey," said Morag Lindsay, chief executive of the Scotch Whisky
    Association, "still carries a duty"': a quote that goes on in lower case after the words that interrupted it,
    within one sentence, is the same speaker's as the quote before them."""
    prev = max((f for f in out if f.kind == "direct" and f.att is not None and f.content[1] <= q.open_at),
               key=lambda f: f.content[1], default=None)
    if prev is None or not seg_text[q.start - a : q.start - a + 1].islower():
        return None
    between = seg_text[prev.content[1] - a : q.open_at - a]
    if len(between) > 200 or re.search(r"[.!?;\n\"“”]", between[1:]) or not between.rstrip().endswith(","):
        return None
    return replace(prev.att, content=(q.start, q.end))


def _document_of(tok: Any) -> Any:
    """The document a seen noun belongs to: "memorandum" for the "understanding" of "A draft memorandum of
    understanding seen by Reuters", "draft" for the "protocol" of "A draft of the protocol seen by this website"."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_.startswith("NN"):
        tok = tok.head.head
    return tok


def _bare_cue(doc: Any, a: int, q: QuoteSpan, local: list[QuoteSpan]) -> Attribution | None:
    """A reporting verb with a subject near the quote, outside every quote ('X said.')."""
    best, best_dist = None, 10**9
    for tok in doc:
        pos = tok.idx + a
        # a rare cue ("withdrew", under 5 PolNeAR cues) owns no quote it merely lies near; nor does a name
        # ('a trend known locally as "japa"')
        if not tok.tag_.startswith("VB") or names_something(tok) or _scene_clause(tok) or (
                cue_score(tok.text, min_count=5) < 0.2 and not _in_attribution_slot(doc.text, a, q, tok)):
            continue
        if _in_quote((pos, pos + 1), local) or (tok.lower_ in QUOTING_VERBS and as_saying(tok) is not None):
            continue  # '"...," the release quoted the general secretary, Bijoy Bauri, as saying': his "saying"
        subj, ante = find_subject(tok)
        if tok.dep_ == "acl" and tok.lower_ in SEEING and subj is not None and subj.i == tok.head.i:
            subj = _document_of(subj)  # "A draft memorandum of understanding seen by Reuters": the memorandum
        if subj is None or _in_quote((subj.idx + a, subj.idx + a + 1), local):
            subj, ante = apposed_after(subj, a, q.close_at) or _slot_subject(doc, a, q, tok), None
        if subj is None or _in_quote((subj.idx + a, subj.idx + a + 1), local) or not can_speak(subj, ante):
            continue
        dist = min(abs(pos - q.close_at), abs(pos - q.open_at))
        if dist < best_dist:
            src = span_of(source_tokens(subj, tok), a)
            best, best_dist = Attribution(span_of([tok], a), (q.start, q.end), src, subj, ante, tok, "direct"), dist
    return best


def _slot_subject(doc: Any, a: int, q: QuoteSpan, verb: Any) -> Any:
    """The noun that ends the words between a quote's closing mark and the reporting verb after it, when the parse
    gave that verb a subject inside the quote or none: in '"... that matters to people: pensions, energy prices,"
    PAS secretary-general Ion Rusnac told reporters' the colon made "pensions" the subject of "told"; in '"...,"
    Whitely said' the surname was read as an adverb."""
    if not _in_attribution_slot(doc.text, a, q, verb) or verb.i == 0:
        return None
    last = doc[verb.i - 1]
    noun = last.tag_.startswith("NN") or (last.tag_ in ("RB", "UH") and last.text.istitle())  # "Whitely", "Oh" said
    return last if noun and last.idx > q.close_at - a else None


def _in_attribution_slot(seg_text: str, a: int, q: QuoteSpan, tok: Any) -> bool:
    """A past- or present-tense verb right after a quote that ends on a comma, with at most a short subject between
    ('"...," he averred', '"...," retorted the minister', '"...," she laughs'): the slot only a reporting verb fills,
    so the verb is one whatever PolNeAR counted for it ("averred", "retorted", "intoned" are rare there)."""
    if tok.tag_ not in ("VBD", "VBZ") or not q.closed or seg_text[q.close_at - a - 1 : q.close_at - a] not in (",", "?", "!"):
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


def dangling_intro(doc: Any, a: int, local: list[QuoteSpan],
                   before: tuple[Any, int] | None = None) -> Attribution | None:
    """A segment that ends with its speaker and a colon ("In a statement, Aslef general secretary Mick Whelan
    said:"), the quote standing as the next paragraph: the attribution waiting for it (no content yet). Only
    a reporting verb introduces across a paragraph break ("The choice is simple:" then a list does not).
    ``before``: the parse of the segment just before and its offset, for "X released a statement. Here it is:"."""
    head = doc.text.rstrip()
    if not head.endswith(":"):
        return None
    att, at = _colon_owner(doc, a, len(head) - 1, (a + len(head), a + len(head)), local), a
    if att is None and before is not None and _PRESENTS.fullmatch(head.strip()):
        att, at = _released(*before, a + len(head)), before[1]
    if att is None or att.verb is None or cue_score(att.verb.text, min_count=5) < 0.2:
        return None
    return replace(att, cue=span_of([att.verb], at))


#: A sentence that only presents the document the sentence before released: "Here it is in full:", "It reads:".
_PRESENTS = re.compile(r"(?:Here\s+(?:it\s+is|is\s+(?:the|that|their|its|his|her)\s+(?:full\s+)?\w+)(?:\s+in\s+full)?"
                       r"|(?:It|The\s+\w+)\s+reads(?:\s+in\s+full)?|Read\s+it\s+in\s+full(?:\s+below)?)\s*:")
_RELEASING = frozenset("released issued published posted shared sent distributed".split())


def _released(doc: Any, a: int, end: int) -> Attribution | None:
    """"Kestrel Steel Holdings has released a short statement. Here it is in full:": the statement, standing as the
    next paragraph, is the words of whoever released it in the sentence before (policy 4)."""
    for verb in doc:
        if verb.lower_ in _RELEASING and any(c.dep_ == "dobj" and noun_kind(c.text) == "doc" for c in verb.children):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and _speaker_noun(subj) and can_speak(subj):
                return Attribution((end, end), (end, end), span_of(source_tokens(subj, verb), a), subj, None, verb,
                                   "direct")
    return None


def _colon_owner(doc: Any, a: int, at: int, content: Span, local: list[QuoteSpan]) -> Attribution | None:
    """The attribution of ``content`` to the subject of the clause that ends with the colon at ``doc.text[at]``,
    when it is someone who can speak."""
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None or colon[0].i == 0 or _in_quote((colon.start_char + a, colon.start_char + a + 1), local):
        return None
    verb, subj = colon[0].nbor(-1), None  # climb from the word before the colon to its clause's verb
    for _ in range(7):  # "A DUP source has been in touch with a less rosy account of the morning:" climbs six
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon[0].i), None)
        if subj is not None and _scene_clause(verb):
            subj = None  # "X posted on X as the delegations went in:": the clause that sets the scene is no speaker's
        if subj is None and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.tag_.startswith("NN"):
            subj = verb.head  # "The NAS spokesman, X, posted on X ...:", parsed as a noun's participle
        if subj is not None or verb.head is verb or verb.head.i > colon[0].i:
            break
        verb = verb.head
    if subj is None or not _speaker_noun(subj) or not can_speak(subj):
        return None
    toks = [t for t in source_tokens(subj, verb) if t.dep_ not in ("aux", "auxpass")]  # not the "has" of "has been"
    return Attribution((colon.start_char + a, colon.start_char + a), content, span_of(toks, a), subj, None, verb, "direct")


def _scene_clause(verb: Any) -> bool:
    """A clause of time that no cue heads: "as the delegations went in", "when the doors opened"."""
    return verb.dep_ == "advcl" and cue_score(verb.text, min_count=5) < 0.5 and any(
        c.dep_ == "mark" and c.lower_ in ("as", "when", "while", "after", "before", "once") for c in verb.children)


def _speaker_noun(tok: Any) -> bool:
    """A name, a personal pronoun, or a noun the lexicon knows as a person, a body or a document."""
    return tok.tag_ in ("NNP", "NNPS") or tok.lower_ in ("he", "she", "they", "we", "i") or (
        noun_kind(tok.text) in ("person", "group", "doc"))


def _alone(seg_text: str, a: int, q: QuoteSpan) -> bool:
    """Nothing but the quote in its part of the segment (no words outside the marks)."""
    outside = seg_text[: q.open_at - a] + seg_text[q.close_at + 1 - a :]
    return not any(ch.isalnum() for ch in outside)


def _revealed(q: QuoteSpan, reveals: Sequence[Reveal], alone: bool) -> Attribution | None:
    """The attribution a :class:`~stance.posts.Reveal` gives the quote: the lone quote that ends in the paragraph
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


def _newcomer(seg_text: str, a: int, q: QuoteSpan, last: Found | None, people: Sequence[Span]) -> Span | None:
    """A lone quote (nothing else in its sentence) whose paragraph follows one that opens with a person
    who has not spoken yet, after the last statement: that person's words ("Her neighbour, Kavira
    Masika, sat sorting beans beside her." then the quote)."""
    if not _alone(seg_text, a, q):
        return None
    since = last.content[1] if last is not None else -1
    fresh = [s for s in people if since < s[0] < q.open_at and q.open_at - s[0] < 400]
    return fresh[0] if fresh else None  # "Marie Gagnon has cut shifts. Darren Gagnon is her brother."
