"""Attribution rules on a spaCy dependency parse: cue, source and content of each statement.

A reporting verb (or a light verb with an attitude noun, or "according to") found by
:mod:`stance.cues`, its source by :mod:`stance.sources`, its content by :mod:`stance.content`;
:func:`doc_attributions` returns every attribution of one parsed segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stance.abbreviations import ABBREVIATIONS
from stance.content import (
    OBJECT_PREPS,
    balanced,
    bare_finite,
    content_child,
    held_view,
    not_statement,
    saying_aside,
    without_according,
)
from stance.cues import (
    LIGHT_VERBS,
    TELL_VERBS,
    cue_score,
    document_read,
    names_something,
    verb_cue_score,
    verb_forms,
)
from stance.sources import (
    can_speak,
    passive_agent,
    source_tokens,
    span_of,
    subtree_tokens,
)
from stance.speakers import is_person_name, strip_name
from stance.subjects import find_subject
from stance.verb_shapes import (
    after_report_time,
    asked_whether,
    asks,
    closing_conj,
    describing,
    put_to,
    stirs_others,
    wh_question,
)

Span = tuple[int, int]

@dataclass
class Attribution:
    """One attribution found in a parsed segment; spans are absolute char offsets."""

    cue: Span
    content: Span
    source: Span | None
    source_root: Any = None  # the spaCy token heading the source mention
    antecedent: Any = None  # for "who said", the noun the relative clause modifies
    verb: Any = None
    kind: str = "indirect"
    attitude: bool = False  # cue is a light verb + attitude noun ("expressed skepticism about")
    question: bool = False  # "Asked whether ..., X said": the source was asked; the content is no statement of theirs


def verb_attribution(verb: Any, offset: int) -> Attribution | None:
    """The attribution headed by ``verb`` (a reporting verb or light verb + attitude noun)."""
    if _no_report(verb):
        return None
    score = verb_cue_score(verb)
    if verb.lower_ == "heard" and passive_agent(verb) is not None:
        score = max(score, 0.8)  # "From negotiation circles it was heard that ...": a source's statement, as "it was said"
    if score == 0.0 and verb.lower_ not in LIGHT_VERBS and held_view(verb)[0] is None:
        return None
    content, cue_last = _reported_content(verb, score)
    if content is None:
        return None
    subj, antecedent = find_subject(verb)
    if subj is None or not can_speak(subj, antecedent):
        return None
    if verb.lower_ in _ATTACKING and subj.lower_ in _ARMED:  # "gunmen attacked a passenger convoy": no words
        return None
    if not_statement(content, verb):
        return None
    cont = _content_span(verb, content, offset)
    src_toks = _source_run(subj, verb)
    if cont[1] - cont[0] < 2 or not src_toks:
        return None
    src = span_of(src_toks, offset)
    if src[0] < cont[1] and cont[0] < src[1]:
        return None  # '"...," said Yael Shani, whose son was taken ...': the clause that holds the source is not its content
    attitude = cue_last.i != verb.i and cue_last.lower_ not in ("belief", "announcement", "view", "opinion")
    return Attribution(_cue_span(verb, cue_last, offset), cont, src, subj, antecedent, verb, attitude=attitude,
                       question=put_to(verb) or asks(verb, content) or asked_whether(verb) or wh_question(verb))


def _no_report(verb: Any) -> bool:
    """A token that heads no report whatever its cue score: no verb, a participle naming its noun, a description."""
    if not verb.tag_.startswith("VB") and not document_read(verb):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "an update posted to its website": the noun is posted
        return True
    # "a trend known as 'japa'", "what both governments called a decisive round"; "security forces opened fire on
    # protesting garment workers": who the workers were
    return names_something(verb) or describing(verb)


def _reported_content(verb: Any, score: float) -> tuple[Any, Any]:
    """The head of what ``verb`` reports and the last token of its cue, or (None, None) where it reports no words."""
    content, cue_last = content_child(verb, score)
    if content is None and verb.dep_ == "parataxis" and verb.head.tag_.startswith("VB") and (
            score >= 0.8 or saying_aside(verb)):
        content, cue_last = verb.head, verb  # "That, he said, showed the talks had moved forward"; "..., brokers say,"
    if content is None and closing_conj(verb, score):
        content, cue_last = verb.head, verb  # "... but remain apart on steel tariffs, Sefcovic said on Friday."
    if content is None or (verb.lower_ in _SEEING and content.tag_ == "VB"):  # "It would see Switzerland take over"
        return None, None
    if verb.lower_ in _CONCLUDING and content.dep_ == "dobj":  # "the EU has concluded deals with New Zealand"
        return None, None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":  # "said ..., without referring to Helvion by name"
        return None, None
    if stirs_others(verb):  # "The union walked out, raising fears of a long strike": the walkout did
        return None, None
    if verb.lower_ in _ADDING and content.dep_ == "dobj":  # "Israel kept adding conditions": no words added
        return None, None
    if verb.lower_ in _TELLING and content.tag_.startswith("NN"):  # "told the BBC's Today programme the ..."
        clause = next((c for c in content.children if c.dep_ == "ccomp" and c.i > content.i), None)
        content = clause if clause is not None else content  # the parse took the addressee for the content
    return content, cue_last


def _cue_span(verb: Any, cue_last: Any, offset: int) -> tuple[int, int]:
    """The cue from the verb's auxiliaries and negation ("did not say") to its last word ("expressed skepticism")."""
    first = verb
    for c in reversed(list(verb.lefts)):
        if c.dep_ in ("aux", "auxpass", "neg") and c.i == first.i - 1:
            first = c
    return span_of([verb.doc[i] for i in range(first.i, max(cue_last.i, verb.i) + 1)], offset)


def _content_span(verb: Any, content: Any, offset: int) -> tuple[int, int]:
    """The characters of what ``verb`` reports, headed by ``content``."""
    tokens = after_report_time(subtree_tokens(content, stop=verb, whole_stop=True), content, verb)
    tokens += _split_clause(verb, content)
    cont = span_of(_before_rival_report(without_according(tokens), content), offset)
    if content.dep_ == "dobj" or (content.dep_ == "xcomp" and content.tag_ == "VBG"):
        # "called them illegal", "accused Egypt of clinging to ...", "urged X to ...", "said outsourcing ... was"
        pred = next((c for c in verb.children if c.i > content.i and (
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)
            or (c.dep_ == "advcl" and verb.lower_ in TELL_VERBS and bare_finite(c)))), None)
        if pred is not None:
            cont = (cont[0], span_of(subtree_tokens(pred, stop=verb), offset)[1])
    return balanced(verb.doc.text, cont, offset)


def _split_clause(verb: Any, content: Any) -> list[Any]:
    """The rest of a reported clause the parse split in two: in "said he was doubtful the talks would produce an
    agreement", "produce" came out as a second clause of "said" rather than the complement of "doubtful". Its tokens
    when the first clause ends on its adjective and the second starts right after it, else none."""
    if content.dep_ != "ccomp" or not any(c.dep_ == "acomp" and c.i == content.right_edge.i for c in content.children):
        return []
    nxt = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == content.right_edge.i + 1), None)
    return subtree_tokens(nxt, stop=verb) if nxt is not None else []


def _source_run(subj: Any, verb: Any) -> list[Any]:
    """The source's tokens, from the last sentence end inside them: "June. Officials" (the parse ran two sentences
    together) is "Officials"; an abbreviation's full stop ("No. 1") ends nothing."""
    src_toks = source_tokens(subj, verb)
    stops = [k for k, t in enumerate(src_toks) if t.text in (".", "!", "?") and k + 1 < len(src_toks)
             and not (k and t.text == "." and src_toks[k - 1].text in ABBREVIATIONS and not src_toks[k - 1].whitespace_)]
    return src_toks[stops[-1] + 1 :] if stops else src_toks


#: Verbs of armed attack, and the armed men whose attack is no criticism: "gunmen attacked a convoy".
_ATTACKING = verb_forms("attack", "ambush", "raid", "storm", "shell")
_ARMED = frozenset("gunmen attackers assailants militants insurgents fighters troops soldiers forces militiamen "
                   "militias raiders".split())


#: conjunctions that set a second speaker's report against the first: "..., while the federation welcomed ..."
_CONTRAST = frozenset(("while", "whereas"))


def _before_rival_report(tokens: list[Any], content: Any) -> list[Any]:
    """The content up to a contrasting clause that is another speaker's report: in "Deas said the failure was a
    disaster, while the federation welcomed the refusal" the federation's welcome is its own attribution, not part
    of what Deas said. Only ``while`` / ``whereas`` clauses set off by a comma whose verb heads an attribution of
    its own are cut."""
    for t in tokens:
        if t.i <= content.i or not t.tag_.startswith("VB") or t.dep_ not in ("advcl", "conj"):
            continue
        link = [c for c in t.children if (c.dep_ == "mark" if t.dep_ == "advcl" else c.dep_ == "cc")]
        if not any(c.lower_ in _CONTRAST for c in link) or verb_attribution(t, 0) is None:
            continue
        if t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].text not in (",", ";"):
            continue  # "said the talks had dragged on while Hanoi offered the same promises": still her words
        kept = [x for x in tokens if x.i < t.left_edge.i]
        while kept and kept[-1].text in (",", ";", "—", "–", "-"):
            kept.pop()
        return kept or tokens
    return tokens


#: "see" with a bare infinitive ("would see Switzerland take over ..."): an outcome, not a statement.
_SEEING = frozenset("see sees saw seen seeing".split())
#: "conclude" with an object finishes something ("concluded deals"); only with a clause is it a statement.
_CONCLUDING = verb_forms("conclude")
#: "add" reports only with a clause or a quote ("added that ..."); with an object it adds a thing.
_ADDING = verb_forms("add")
_TELLING = frozenset("tell tells told telling".split())
_MEASURES = frozenset("size sizes share shares formula schedule timetable ratio weight rank merit need needs "
                      "population criteria figures data statistics estimates".split())
#: A person's own reckoning: "according to his estimates", "according to her calculations".
_OWN_RECKONING = frozenset("estimates calculations figures reckoning count".split())


def according_attribution(tok: Any, offset: int) -> Attribution | None:
    """``according to X, ...``: X is the source, the rest of the clause is the content."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if src is None or any(_reported_by_subject(a) for a in tok.ancestors):
        return None
    if src.lower_ in _MEASURES and not any(c.lower_ == "draft" for c in src.children):  # "a draft timetable": a text
        owner = next((c for c in src.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None or src.lower_ not in _OWN_RECKONING:
            return None  # "shared according to their audience size": a measure, not a source
        src = owner  # "According to his estimates, goods ... account for less than 2%": his reckoning, his words
    phrase = subtree_tokens(tok)
    sent = tok.sent
    before = [t for t in sent if t.i < phrase[0].i]
    after = [t for t in sent if t.i > phrase[-1].i]
    body = after if len(after) >= len(before) else before
    cont = span_of(body, offset)
    if cont[1] - cont[0] < 2:
        return None
    cue = span_of([tok, to], offset)
    source = source_tokens(src, tok)
    return Attribution(cue, cont, span_of(source + _named_after(source), offset), src, None, tok)


def _named_after(source: list[Any]) -> list[Any]:
    """The name in apposition that ends the sentence after an "according to" source which the parse left out
    ("according to the contractor, Accra-based Densu Roadworks Ltd."): its tokens, or none."""
    sent = source[-1].sent
    rest = [t for t in sent if t.i > source[-1].i]
    while rest and rest[-1].is_punct and rest[-1].text != ".":
        rest = rest[:-1]
    if rest and rest[-1].text == ".":
        rest = rest[:-1]
    if len(rest) < 2 or rest[0].text != "," or not any(t.tag_ in ("NNP", "NNPS") for t in rest):
        return []
    words = rest[1:]
    if not all(t.tag_ in ("NNP", "NNPS", "HYPH") or (t.lower_ == "based" and t.i > 0 and t.nbor(-1).tag_ == "HYPH")
               for t in words) or words[-1].tag_ not in ("NNP", "NNPS"):
        return []
    return rest


def framed_attribution(tok: Any, offset: int) -> Attribution | None:
    """``For the economist Fanja Rabemananjara, the floor price has had contradictory effects.``: a sentence that
    opens by naming a person and then gives their view (the "pour X" / "para X" of translated news). X, a
    person's name, is the source; the rest of the sentence is the content."""
    if tok.text != "For" or not tok.is_sent_start:
        return None
    src = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    phrase = subtree_tokens(tok)
    after = [t for t in tok.sent if t.i > phrase[-1].i]
    if not after or after[0].text != "," or not any(t.dep_ == "nsubj" for t in after):
        return None
    named = " ".join(t.text for t in phrase[1:] if t.text != ",")
    if not any(t.tag_ == "NNP" for t in phrase) or not is_person_name(strip_name(named)):
        return None  # a named person; not "For traders in northern Mali, the stakes are more immediate"
    body = after[1:]
    while body and body[-1].is_punct:
        body = body[:-1]
    if len(body) >= 2 and body[0].lower_ == "i" and body[1].lower_ in ("'m", "’m", "am"):
        return None  # "For Radio TGW, I'm Edwin Bámaca in San Marcos": a reporter's sign-off, nobody's view
    cont = span_of(body, offset)
    if cont[1] - cont[0] < 2:
        return None
    return Attribution(span_of([tok], offset), cont, span_of(source_tokens(src, tok), offset), src, None, tok)


def _reported_by_subject(verb: Any) -> bool:
    """``X said ..., according to the Tasnim news agency``: the clause already has its speaker;
    the agency is the channel, not a second source."""
    return (verb.tag_.startswith("VB") and cue_score(verb.text) >= 0.8
            and any(c.dep_ == "nsubj" for c in verb.children))


def doc_attributions(doc: Any, offset: int) -> list[Attribution]:
    """Every attribution the rules find in one parsed segment, in text order."""
    out = []
    for tok in doc:
        if tok.lower_ == "according":
            att = according_attribution(tok, offset)
        elif tok.text == "For":
            att = framed_attribution(tok, offset)
        else:
            att = verb_attribution(tok, offset)
        if att is not None:
            out.append(att)
            out += [a for a in (_aside_conjunct(att, offset), _second_that(att, offset)) if a is not None]
    return out


def _second_that(att: Attribution, offset: int) -> Attribution | None:
    """A second "that" clause the parse hung on the cue itself ("said that any agreement would require "...", and
    that navigation rights would be governed by ..."): the same source's statement, after the first."""
    verb = att.verb
    if verb is None or att.question or att.kind != "indirect" or not hasattr(verb, "children") or verb.dep_ == "relcl":
        return None
    first = next((t for t in verb.doc if t.idx + offset >= att.content[0]), None)
    if first is None or (first.lower_ != "that" and cue_score(verb.text) < 0.6):
        return None  # a second "that" clause after a first one, or after a plain report ("said it was ..., and that")
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.idx + offset >= att.content[1]), None)
    if conj is None or conj.left_edge.lower_ != "that" or conj.left_edge.dep_ != "mark" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    return _same_report(att, conj, offset)


def _aside_conjunct(att: Attribution, offset: int) -> Attribution | None:
    """The clause that goes on after a parenthetical cue ("The next round would be held on Thursday, she said, and a
    committee would meanwhile work out the cost"): the same source's statement, as the clause before the cue."""
    verb = att.verb
    if verb is None or verb.dep_ != "parataxis" or att.question or att.kind != "indirect":
        return None
    head = verb.head
    if not (att.content[0] <= head.idx + offset < att.content[1]):
        return None  # the cue reports something else than the clause it interrupts
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > verb.i and c.tag_.startswith("VB")), None)
    if conj is None or cue_score(conj.text) >= 0.3 or not any(
            c.dep_ == "cc" and c.lower_ in ("and", "but") and verb.i < c.i < conj.i for c in head.children):
        return None
    return _same_report(att, conj, offset)


def _same_report(att: Attribution, clause: Any, offset: int) -> Attribution:
    """``att``'s cue and source reporting ``clause`` too (its subtree without the punctuation that ends it)."""
    tokens = [t for t in subtree_tokens(clause) if not t.is_punct or t.i < clause.right_edge.i]
    return Attribution(att.cue, span_of(tokens, offset), att.source, att.source_root, att.antecedent, att.verb)
