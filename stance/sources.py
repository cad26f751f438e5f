"""Who said it: the source of a cue verb on a spaCy parse, and whether it can speak.

Climbs out of participles, conjuncts and relative clauses to the subject ("..., who said"),
takes the agent of a passive ("it was announced by X"), recovers subjects the parse loses
after a quote or a fronted phrase, and trims clauses and scene-setting phrases off the mention.
"""

from __future__ import annotations

import re
from typing import Any

from stance.cues import QUOTING_VERBS
from stance.names import noun_kind
from stance.speakers import ACRONYM

Span = tuple[int, int]

SUBJ = ("nsubj", "nsubjpass", "csubj")


SCENE_PREPS = ("in", "during", "after", "before", "at", "on", "while")
#: Participles of speaking that open a sentence with its scene ("Speaking to reporters in Dar es Salaam, ...").
_SPEAKING = frozenset("speaking addressing talking briefing answering responding".split())
_PLACE_WORDS = frozenset("outside inside near beside behind across along".split())


CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "ccomp", "dep", "prep", "pobj")


_KEEP_LAST = frozenset('"”’)%')
_KEEP_FIRST = frozenset('"“‘(')


def span_of(tokens: list[Any], offset: int) -> Span:
    """Character span covering ``tokens`` (assumed contiguous), trimmed of punctuation (closing
    marks, brackets and a percent sign stay: "2.8%" is the statement, not "2.8")."""
    toks = list(tokens)
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in _KEEP_LAST:
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].text not in _KEEP_FIRST:
        toks.pop(0)
    if not toks:
        return (offset, offset)
    return (toks[0].idx + offset, toks[-1].idx + len(toks[-1]) + offset)


def subtree_tokens(tok: Any, *, stop: Any = None, whole_stop: bool = False) -> list[Any]:
    """Contiguous tokens of ``tok``'s subtree, cut before ``stop`` (a token) if inside it.

    With ``whole_stop`` the cut also drops the rest of ``stop``'s own subtree on that side: in
    "The talks, she said in a statement, were the only path", the clause of ``were`` without the
    parenthetical "she said in a statement" is "were the only path", not "in a statement, were ...".
    """
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if stop is not None and lo <= stop.i <= hi:
        if stop.i > tok.i:
            hi = (stop.left_edge.i if whole_stop and stop.left_edge.i > tok.i else stop.i) - 1
        else:
            lo = (stop.right_edge.i if whole_stop and stop.right_edge.i < tok.i else stop.i) + 1
    return [doc[i] for i in range(lo, hi + 1)]


def _cut(tok: Any, subj: Any) -> bool:
    """Clauses and scene-setting phrases (", in an interview with X") are not the source."""
    if tok.dep_ in ("relcl", "acl", "advcl", "parataxis"):
        return True
    if tok.dep_ == "prep" and tok.head.i == subj.i and tok.lower_ in SCENE_PREPS:
        return tok.i > 0 and tok.doc[tok.i - 1].text == ","
    return False


def source_tokens(subj: Any, verb: Any) -> list[Any]:
    """The source mention: the subject's subtree minus relative clauses and the verb side."""
    keep = []
    for t in subtree_tokens(subj, stop=verb):
        anc, ok = t, True
        while anc.i != subj.i and anc.head.i != anc.i:
            if _cut(anc, subj):
                ok = False
                break
            anc = anc.head
        keep.append(ok)
    toks = subtree_tokens(subj, stop=verb)
    i = next(k for k, t in enumerate(toks) if t.i == subj.i)
    lo, hi = i, i
    while lo > 0 and keep[lo - 1]:
        lo -= 1
    while hi + 1 < len(toks) and keep[hi + 1]:
        hi += 1
    out = toks[lo : hi + 1]
    fronted = _fronted_phrase_end(verb)
    if fronted is not None and out[0].i <= fronted < subj.i:  # "After a meeting on Magallanes St., MCWD board
        out = [t for t in out if t.i > fronted]                 # chairman Ramon Villacastin told": not the street
    first = out[0]
    det = first.doc[first.i - 1] if first.i > 0 else None
    if det is not None and det.dep_ == "det" and det.head.i == verb.i and first.lower_ != det.lower_:
        out = [det, *out]  # "the 34-year-old said": the parse hung "the" on the verb
    if first.tag_ in ("NNP", "NNPS") and first.i > 0:  # "BMA Scotland has posted": the parse lost "BMA"
        prev = first.doc[first.i - 1]
        if prev.head.i == verb.i and prev.dep_ in ("advmod", "npadvmod") and ACRONYM.match(prev.text):
            out = [prev, *out]
    return _whole_name(_whole_words(out, verb), verb)


#: Lower-case words inside a body's or person's name: "Familias por la Escuela Pública", "Movimento dos Sem Terra".
_NAME_PARTICLES = frozenset("por para la las los el de del da do dos das du des di y e".split())


def _whole_name(toks: list[Any], verb: Any) -> list[Any]:
    """A mention never ends inside a name that runs on with particles: "Familias por la Escuela Pública said" is the
    whole name, where the parse stopped at "Familias por"."""
    doc, out = toks[0].doc, list(toks)
    if not out[0].text[:1].isupper():
        return out
    while True:
        j = out[-1].i + 1
        run = []
        while j < len(doc) and doc[j].lower_ in _NAME_PARTICLES and doc[j].text.islower() and j != verb.i:
            run.append(doc[j])
            j += 1
        caps = []
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j != verb.i:
            caps.append(doc[j])
            j += 1
        ends_in_particle = out[-1].lower_ in _NAME_PARTICLES and out[-1].text.islower()
        if not caps or not (run or ends_in_particle):
            return out
        out += run + caps


_HYPHENS = ("-", "\u2010", "\u2011")


def _whole_words(toks: list[Any], verb: Any) -> list[Any]:
    """A mention never ends inside a hyphenated word: "al-Karkhi said" is "al-Karkhi", not "al"."""
    doc = toks[0].doc
    last = toks[-1]
    while (last.i + 2 < len(doc) and not last.whitespace_ and doc[last.i + 1].text in _HYPHENS
           and not doc[last.i + 1].whitespace_ and doc[last.i + 2].is_alpha and doc[last.i + 2].i != verb.i):
        toks = [*toks, doc[last.i + 1], doc[last.i + 2]]
        last = toks[-1]
    first = toks[0]
    while (first.i >= 2 and doc[first.i - 1].text in _HYPHENS and not doc[first.i - 1].whitespace_
           and not doc[first.i - 2].whitespace_ and doc[first.i - 2].is_alpha):
        toks = [doc[first.i - 2], doc[first.i - 1], *toks]
        first = toks[0]
    return toks


def find_subject(verb: Any, depth: int = 0) -> tuple[Any, Any]:
    """(source token, antecedent) for a cue verb, climbing out of participles and conjuncts."""
    if verb.lower_ in ("saying", "telling") and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoting = verb.head.head
        obj = next((c for c in quoting.children if c.dep_ == "dobj"), None)
        quoted = next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
        if quoting.lower_ in QUOTING_VERBS and obj is not None:
            return obj, None  # "quoted a senior Egyptian source as saying"
        if quoting.lower_ in QUOTING_VERBS and quoted is not None:
            return quoted, None  # "He Lifeng was quoted by Xinhua as saying": Xinhua only reports it
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if len(subjects) > 1 and all(c.dep_ == "nsubj" and c.i < verb.i for c in subjects) and any(
            t.text == "," for t in verb.doc[subjects[-2].i : subjects[-1].left_edge.i]):
        # "In Tiruppur, the knitwear hub in Tamil Nadu, exporter K. Senthilkumar said": the parse gave the verb
        # two subjects; the one next to it speaks
        subjects = [subjects[-1]]
    for child in subjects:
        if child.dep_ in SUBJ:
            if child.dep_ == "nsubjpass":
                return passive_agent(verb), None
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return child, _relative_antecedent(verb.head)
            return _past_scene(child, verb), None
    asked = next((c for c in verb.lefts if c.dep_ in ("ccomp", "advcl") and c.lower_ in _PUT_TO
                  and c.i > 0 and verb.doc[c.i - 1].text == ","), None)
    subj = next((c for c in asked.children if c.dep_ == "nsubj" and c.i < asked.i), None) if asked is not None else None
    if subj is not None:  # "Roe, asked whether a deal was possible, said ...": the parse gave "asked" her
        return _past_scene(subj, verb), None
    if any(c.dep_ == "auxpass" for c in verb.children):  # "which calls itself X and is estimated by the military
        return passive_agent(verb), None                  # to have ...": the conjunct's subject is no source
    issuer = _issuer_of(verb)
    if issuer is not None:  # "the company issued a statement saying it ...": the company
        return _past_scene(issuer, verb), None
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN", "VBD")):
        return verb.head, None  # VBD: a finite verb the parse hung on its subject ("minister, X, called")
    if verb.dep_ == "conj" and (closing := _closing_before(verb)) is not None and verb.head.i < closing:
        # '"... not because anyone has offered us anything," the union's secretary-general, X, said': the parse
        # made the verb a conjunct of one inside the quote, whose subject ("We") is the quote's, not the source
        agent = _after_quote_subject(verb, closing) or _name_before_comma(verb, closing)
        if agent is not None:
            return _past_scene(agent, verb), None
    if depth < 4 and verb.dep_ in CLIMB_DEPS and verb.head is not verb:
        return find_subject(verb.head, depth + 1)
    agent = passive_agent(verb)
    if agent is None:
        agent = _after_quote_subject(verb) or _inverted_name(verb) or _adverbial_name(verb)
    return (_past_scene(agent, verb) if agent is not None else None), None


def _adverbial_name(verb: Any) -> Any:
    """"Lebailly said that ...": a surname opening the sentence right before the verb, which the parse took for an
    adverb of it, is its subject."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.tag_ != "NNP" or prev.dep_ not in ("advmod", "npadvmod") or prev.head.i != verb.i:
        return None
    return prev if prev.left_edge.i == prev.sent.start else None


def _issuer_of(verb: Any) -> Any:
    """The subject that put out the document a participle hangs on ("the company issued a statement saying ...",
    "the union released a letter warning ..."), or None."""
    doc = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or doc.dep_ != "dobj" or noun_kind(doc.text) != "doc":
        return None
    return next((c for c in doc.head.children if c.dep_ == "nsubj"), None)


def _inverted_name(verb: Any) -> Any:
    """``"...," said Yael Shani, whose son Omer, 21, was taken ...``: when the parse hands the name after an
    inverted reporting verb to a later clause, the proper-noun run right after the verb (which itself follows
    the quote's closing mark) is the source. Its last token heads it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in _CLOSING or doc[verb.i - 2].text not in ",?!":
        return None
    j = verb.i + 1
    while j < len(doc) and doc[j].tag_ in ("NNP", "NNPS") and j - verb.i <= 4:
        j += 1
    return doc[j - 1] if j - verb.i >= 2 and (j == len(doc) or doc[j].text in (",", ".")) else None


#: Participles of a question put to the speaker ("Roe, asked whether ..., said").
_PUT_TO = frozenset(("asked", "pressed", "questioned"))


#: Names of months and days, which the parse can take for the noun a relative clause modifies.
CALENDAR = frozenset("january february march april may june july august september october november december "
                     "monday tuesday wednesday thursday friday saturday sunday".split())


def _when(tok: Any) -> bool:
    """A date or a number ("in July", "on Monday", "60"): no one who speaks."""
    return tok.tag_ == "CD" or (tok.lower_ in CALENDAR and tok.tag_ == "NNP")


def _relative_antecedent(head: Any) -> Any:
    """The noun a "which"/"who" clause modifies. The parse hangs "a letter in July, which showed" on the date;
    the clause belongs to the noun the date's phrase qualifies ("letter"), or, where the phrase qualifies a verb,
    to the verb's object before it ("published a report in March, which concluded"), where there is one."""
    if not (_when(head) and head.dep_ == "pobj" and head.head.dep_ == "prep"):
        return head
    host = head.head.head
    if host.pos_ in ("NOUN", "PROPN"):
        return host
    obj = next((c for c in host.children if c.dep_ == "dobj" and c.i < head.i), None)
    return obj if obj is not None else head


def _past_scene(subj: Any, verb: Any) -> Any:
    """``In Boulogne-sur-Mer, Yannick Le Goff, a spokesman, said``: the parse makes the person a
    conjunct or an apposition of the place that opens the sentence, and the place (or its apposition,
    "a town on the coast") the subject. The last proper noun so attached before the verb is the
    source; any other subject stays."""
    first = verb.sent[0]
    if not ((first.lower_ in SCENE_PREPS and first.dep_ == "prep") or (first.lower_ in _PLACE_WORDS and first.dep_ in (
            "prep", "advmod"))):  # "Outside CN's Symington Yard in Winnipeg, conductor Jasmine Tkachuk said"
        return subj
    place = next((c for c in first.children if c.dep_ == "pobj"), None)
    if place is None and subj.left_edge.i == first.i + 1:
        place = subj  # the parse left "In" without its object and made the place the subject
    if place is None or not (subj.i == place.i or (subj.dep_ == "appos" and subj.head.i == place.i)):
        return subj
    people = [c for c in place.children if c.dep_ in ("conj", "appos") and c.i < verb.i and c.tag_ == "NNP"]
    return people[-1] if people else subj


_CLOSING = frozenset('"\u201d\u2019\'')


def _after_quote_subject(verb: Any, closing: int | None = None) -> Any:
    """``"...," Iran's deputy minister for legal affairs, Abbas X, told reporters``: when the parse
    loses the subject (attached to the quote), the noun phrase between the closing mark and the
    verb is the source. Its head is the first noun whose parent lies outside that stretch. ``closing``: the
    closing mark's index when the caller has found it already (:func:`_closing_before`)."""
    j = closing if closing is not None else _closing_before(verb)
    if j is None:
        j = _fronted_phrase_end(verb)  # "In a long post on social media, the leader of X, Jane Roe, wrote"
        if j is None:
            return None
    stretch = range(j + 1, verb.i)
    for i in stretch:
        tok = verb.doc[i]
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS") and tok.head.i not in stretch:
            return tok
    last = verb.doc[verb.i - 1] if verb.i - 1 in stretch else None
    if last is not None and last.lower_ == "old" and last.head.i == verb.i and _YEARS_OLD.search(
            verb.doc[j + 1 : verb.i].text):  # '"...," the 34-year-old said': the parse hung the age on the verb
        return last
    return None


def _name_before_comma(verb: Any, closing: int) -> Any:
    """The proper name that ends the stretch between a quote's closing mark and ``verb``, right before a comma
    ('"...," the union's secretary-general, Hugo Arrieta, said', where the parse hung the role on the quote)."""
    doc = verb.doc
    if verb.i - 2 > closing and doc[verb.i - 1].text == "," and doc[verb.i - 2].tag_ == "NNP":
        return doc[verb.i - 2]
    return None


def _closing_before(verb: Any) -> int | None:
    """The closing quotation mark, after a comma, "?" or "!", at most 25 tokens before ``verb`` in its sentence
    (the '...," of '"...," the minister said'), or None."""
    sent, j = verb.sent, verb.i - 1
    while j >= sent.start and verb.doc[j].text not in _CLOSING and verb.i - j <= 25:
        j -= 1
    if j < sent.start or j < 1 or verb.doc[j].text not in _CLOSING or verb.doc[j - 1].text not in ",?!":
        return None
    return j


_YEARS_OLD = re.compile(r"^(?:the|a|an)\s+\d{1,3}-year-old$", re.I)


def _fronted_phrase_end(verb: Any) -> int | None:
    """The comma closing a sentence-opening prepositional phrase before ``verb`` (at most 25 tokens
    before it), or None."""
    sent = verb.sent
    if sent[0].lower_ not in SCENE_PREPS and sent[0].lower_ not in _SPEAKING:
        return None  # "Speaking to reporters at a hotel on the peninsula, the chief facilitator, X, said"
    comma = next((t.i for t in sent if t.text == "," and t.i < verb.i), None)
    return comma if comma is not None and verb.i - comma <= 25 else None


def passive_agent(verb: Any) -> Any:
    """Who a passive cue's statement came from: the "by" agent ("it was announced by the ministry"), or the circles
    a fronted "from" names ("From negotiation circles it was heard that ...", as German news reads in translation)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
        if child.dep_ == "prep" and child.lower_ == "from" and child.i < verb.i and verb.lower_ in _HEARD:
            circles = next((g for g in child.children if g.dep_ == "pobj" and g.lower_ == "circles"), None)
            if circles is not None:
                return circles
    return None


#: Passive cues a fronted "from ... circles" can source: "it was heard", "it was said", "it was learned".
_HEARD = frozenset("heard said learned learnt reported understood".split())


def _not_speaker(subj: Any) -> bool:
    """Subjects that make no statement: abstract nouns and events ("direct negotiations
    offered ..."), demonstratives ("this showed"), "not everyone", the interviewee addressed ("your party
    says"), and a relative pronoun whose
    antecedent is one of those ("any arrangement that allowed ...")."""
    if subj.lower_ in ("this", "these", "that", "those", "what", "there", "each", "all", "nobody", "no-one"):
        return True  # "Nobody is asking them to surrender": no one in particular
    if subj.lower_ in ("'s", "’s") or (subj.lower_ == "us" and subj.head.head.lower_ == "let"):
        return True  # "Let's say you think a degree will cost ...": the writer's supposition, no source
    if subj.lower_ == "you" or any(c.lower_ == "your" for c in subj.children):
        return True  # an interviewer's question ("Your party says it may not turn up. Will you?"): no source
    if subj.i > 0 and subj.doc[subj.i - 1].lower_ == "not" and subj.lower_ in ("everyone", "everybody", "all"):
        return True  # "Not everyone wants the job finished": nobody in particular
    if subj.head.lower_ in _KNOWING and subj.text in OUTLETS:
        return True  # "AFP has learned", "the BBC understands": the reporter's outlet, no source
    if any(t.lower_ == "our" and t.head.lower_ in _WRITERS and t.head.head.lower_ == "by" for t in subj.subtree):
        return True  # "Findings by our correspondent showed that ...": the writer's own work (policy 7)
    if subj.lower_ in _WRITERS and any(c.dep_ in ("det", "poss") and c.lower_ in ("our", "this") for c in subj.children) and not any(
            c.tag_ == "NNP" for c in subj.children if c.dep_ in ("appos", "compound")):  # not "Our correspondent Hannah Lowe"
        return True  # "Our Correspondent adds from Hyderabad: ...": the paper's own reporter (policy 7)
    if subj.tag_ not in ("NN", "NNS"):
        return False
    return noun_kind(subj.text) == "none"



_KNOWING = frozenset("learned learnt learns understands understood".split())
#: Who "our ..." is when the writer speaks of the paper's own work.
_WRITERS = frozenset("correspondent correspondents reporter reporters journalist journalists newspaper".split())
#: News outlets, which report (and are told) rather than take part.
OUTLETS = frozenset("AFP Reuters AP Bloomberg BBC CNN Axios Politico Guardian Times Post Journal Telegraph "
                     "Press Xinhua Kyodo Yonhap ANSA EFE dpa DPA Tass TASS Interfax".split())


def _unknown_noun(tok: Any) -> bool:
    """A common noun the lexicon does not know as a speaker ("placards that read ..."): no antecedent
    for a relative "that said" / "which read"."""
    return tok.tag_ in ("NN", "NNS") and noun_kind(tok.text) is None


def can_speak(subj: Any, antecedent: Any = None) -> bool:
    """A subject that can make a statement: not "this showed", "direct negotiations offered", nor a
    relative "that"/"which" whose antecedent is no speaker ("placards that read ...")."""
    return not (_not_speaker(subj) or (antecedent is not None and (
        _not_speaker(antecedent) or _unknown_noun(antecedent) or _when(antecedent))))
