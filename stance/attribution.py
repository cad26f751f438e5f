"""Attribution rules on a spaCy dependency parse: cue, source and content of each statement.

The cue lexicon (``resources/cues.json``) is built from PolNeAR train Cue spans by
``resources/build_cue_lexicon.py``; a word's reliability is ``count in cues / count in text``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from stance.names import noun_kind

Span = tuple[int, int]

#: Nouns that turn a light verb into a cue ("expressed skepticism about", "provided consent to").
ATTITUDE_NOUNS = frozenset(
    "skepticism scepticism doubt doubts concern concerns commitment consent support opposition "
    "readiness willingness hope hopes belief confidence optimism pessimism fear fears desire "
    "intention interest criticism approval assurance assurances warning objection objections "
    "reservations regret satisfaction dissatisfaction frustration disappointment determination "
    "intent openness preference position view views opinion stance rejection insistence "
    "demand demands call appeal praise endorsement".split()
)
LIGHT_VERBS = frozenset(
    "expressed expresses expressing express voiced voices voicing voice provided provides "
    "providing provide gave gives giving give offered offers offering offer signaled signalled "
    "signals signaling signal reiterated reiterates reiterating reiterate raised raises raising "
    "raise made makes making make showed shows showing show stressed reaffirmed reaffirming "
    "emphasized emphasizing emphasised emphasising conveyed conveying renewed renewing "
    "declared declaring stated stating".split()
)
#: Verbs whose direct object is the addressee ("told reporters"), never the statement.
TELL_VERBS = frozenset("told tell tells telling informed informs assured assures reminded reminds briefed".split())
SUBJ = ("nsubj", "nsubjpass", "csubj")
CONTENT_PREPS = ("about", "for", "on", "of", "to", "against", "that", "over")
SCENE_PREPS = ("in", "during", "after", "before", "at", "on", "while")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "ccomp", "dep", "prep", "pobj")


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


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, int, float]]:
    """Word form -> (lemma, cue count, cue reliability) from ``resources/cues.json``."""
    path = Path(__file__).with_name("resources") / "cues.json"
    forms = json.loads(path.read_text(encoding="utf-8"))["forms"]
    return {w: (v[0], v[1], v[1] / max(v[2], 1)) for w, v in forms.items()}


def cue_score(word: str) -> float:
    """How reliably ``word`` is a cue in PolNeAR train (0 when unseen or rare)."""
    entry = lexicon().get(word.lower())
    if entry is None or entry[1] < 3:
        return 0.0
    return entry[2]


def span_of(tokens: list[Any], offset: int) -> Span:
    """Character span covering ``tokens`` (assumed contiguous), trimmed of punctuation."""
    toks = list(tokens)
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in "\"”’)":
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].text not in "\"“‘(":
        toks.pop(0)
    if not toks:
        return (offset, offset)
    return (toks[0].idx + offset, toks[-1].idx + len(toks[-1]) + offset)


def subtree_tokens(tok: Any, *, stop: Any = None) -> list[Any]:
    """Contiguous tokens of ``tok``'s subtree, cut before ``stop`` (a token) if inside it."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if stop is not None and lo <= stop.i <= hi:
        if stop.i > tok.i:
            hi = stop.i - 1
        else:
            lo = stop.i + 1
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
    return toks[lo : hi + 1]


_QUOTING = frozenset("quoted quoting quotes quote cited citing cites cite".split())


def _as_saying(verb: Any) -> Any:
    """The "saying" of "quoted X as saying ...", or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in c.children if g.dep_ == "pcomp" and g.lower_ in ("saying", "telling")), None)
    return None


def find_subject(verb: Any, depth: int = 0) -> tuple[Any, Any]:
    """(source token, antecedent) for a cue verb, climbing out of participles and conjuncts."""
    if verb.lower_ in ("saying", "telling") and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoting = verb.head.head
        obj = next((c for c in quoting.children if c.dep_ == "dobj"), None)
        if quoting.lower_ in _QUOTING and obj is not None:
            return obj, None  # "quoted a senior Egyptian source as saying"
    for child in verb.children:
        if child.dep_ in SUBJ:
            if child.dep_ == "nsubjpass":
                agent = _agent(verb)
                return (agent, None) if agent is not None else (None, None)
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return child, verb.head
            return child, None
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN", "VBD")):
        return verb.head, None  # VBD: a finite verb the parse hung on its subject ("minister, X, called")
    if depth < 4 and verb.dep_ in CLIMB_DEPS and verb.head is not verb:
        return find_subject(verb.head, depth + 1)
    agent = _agent(verb)
    if agent is None:
        agent = _after_quote_subject(verb)
    return agent, None


_CLOSING = frozenset('"\u201d\u2019\'')


def _after_quote_subject(verb: Any) -> Any:
    """``"...," Iran's deputy minister for legal affairs, Abbas X, told reporters``: when the parse
    loses the subject (attached to the quote), the noun phrase between the closing mark and the
    verb is the source. Its head is the first noun whose parent lies outside that stretch."""
    sent, j = verb.sent, verb.i - 1
    while j >= sent.start and verb.doc[j].text not in _CLOSING and verb.i - j <= 25:
        j -= 1
    if j < sent.start or verb.doc[j].text not in _CLOSING or j < 1 or verb.doc[j - 1].text not in ",?!":
        j = _fronted_phrase_end(verb)  # "In a long post on social media, the leader of X, Jane Roe, wrote"
        if j is None:
            return None
    stretch = range(j + 1, verb.i)
    for i in stretch:
        tok = verb.doc[i]
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS") and tok.head.i not in stretch:
            return tok
    return None


def _fronted_phrase_end(verb: Any) -> int | None:
    """The comma closing a sentence-opening prepositional phrase before ``verb`` (at most 25 tokens
    before it), or None."""
    sent = verb.sent
    if sent[0].lower_ not in SCENE_PREPS:
        return None
    comma = next((t.i for t in sent if t.text == "," and t.i < verb.i), None)
    return comma if comma is not None and verb.i - comma <= 25 else None


def _agent(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _prep_object(tok: Any) -> tuple[Any, Any]:
    """(preposition, object) of the first content-bearing prepositional child of ``tok``."""
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in CONTENT_PREPS:
            for g in child.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return child, g
    return None, None


def _attitude_child(verb: Any) -> tuple[Any, Any]:
    """``expressed skepticism about X`` -> (X, "about"); ``the belief that X`` -> (X, belief)."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in ATTITUDE_NOUNS | {"belief", "announcement"}:
            for g in c.children:
                if g.dep_ in ("ccomp", "acl", "relcl") and g.i > c.i:
                    return g, c
            prep, obj = _prep_object(c)
            if obj is None:
                prep, obj = _prep_object(verb)
            if obj is not None and obj.i > c.i:
                return obj, prep
    return None, None


def _content_child(verb: Any, score: float) -> tuple[Any, Any]:
    """(content head token, last cue token) for a cue verb, or (None, None)."""
    kids = list(verb.children)
    light = verb.lower_ in LIGHT_VERBS
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "in", "out", "up") for c in kids):
        return None, None  # "called the two sides back to the table", "called off the strike"
    if verb.lower_ in _QUOTING and _as_saying(verb) is not None:
        return None, None  # "X quoted a source as saying ...": the source's "saying" carries it
    if light:
        content, last = _attitude_child(verb)
        if content is not None:
            return content, last
    # a ccomp before a parataxis: in "a report that, he said, showed X" the parenthetical is no content
    for c in sorted(kids, key=lambda k: k.dep_ != "ccomp"):
        if c.dep_ in ("ccomp", "parataxis") and score >= (0.3 if light else 0.05) and not (
                c.dep_ == "parataxis" and cue_score(c.text) >= 0.5):
            return c, verb
    if score < 0.3:
        return None, None
    for c in kids:
        if c.dep_ == "dobj" and verb.lower_ in TELL_VERBS:  # "told a briefing that X": misparsed content
            clause = _that_clause(c)
            if clause is not None:
                return clause, verb
        elif c.dep_ in ("xcomp", "dobj", "attr", "oprd") and c.i > verb.i and c.lower_ not in _MEDIA_NOUNS and not (
                c.dep_ == "dobj" and verb.lower_ in _SHARE_VERBS):  # "shared Etxeberria's post"
            return c, verb
        elif c.dep_ == "prep" and c.i > verb.i and score >= 0.8 and c.lower_ in ("in", "at", "during", "on"):
            # "said in a post on X that ...", "told a news conference in Rome that ..."
            clause = next((_that_clause(g) for g in c.children if g.dep_ == "pobj"), None)
            if clause is not None:
                return clause, verb
    prep, obj = _prep_object(verb)
    if obj is not None and prep.i == verb.i + 1 and obj.lower_ not in _TIME_NOUNS and not (  # "spoke for 25 minutes"
            verb.lower_ in _SPEAK_VERBS and prep.lower_ in ("to", "with")):  # "spoke to reporters": the audience
        return obj, prep
    return None, None


#: Objects of "posted", "shared" that are no statement ("posted a photograph of an old payslip").
_MEDIA_NOUNS = frozenset("photograph photographs photo photos picture pictures image images video videos clip "
                         "clips link links selfie".split())
_SPEAK_VERBS = frozenset("spoke speak speaks speaking talked talk talks talking".split())
_SHARE_VERBS = frozenset("shared shares share sharing retweeted reposted forwarded".split())
_TIME_NOUNS = frozenset("minute minutes hour hours day days week weeks month months year years "
                        "while time".split())


def _that_clause(tok: Any, depth: int = 0) -> Any:
    """A "that" clause the parse hung on a noun after the cue ("told a briefing that X", "said in a
    post on X that Y"), searched through a chain of prepositional phrases; None if there is none."""
    for g in tok.children:
        if g.dep_ in ("relcl", "acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children):
            return g
        if g.dep_ == "prep" and depth < 2:
            inner = next((_that_clause(o, depth + 1) for o in g.children if o.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return None


_CLOSE_AFTER = re.compile(r"[.,!?]?[\"\u201d]")


def _balanced(text: str, span: Span, offset: int) -> Span:
    """The content span with the closing mark of a quote it opens ('as "cordial and businesslike."'):
    the parse hangs that mark on the sentence root, outside the content."""
    s, e = span[0] - offset, span[1] - offset
    inner = text[s:e]
    open_ = inner.count("\u201c") > inner.count("\u201d") or inner.count('"') % 2 == 1
    m = _CLOSE_AFTER.match(text, e) if open_ else None
    return (span[0], m.end() + offset) if m else span


def _without_according(tokens: list[Any]) -> list[Any]:
    """Content tokens cut before a trailing ``, according to X``: the channel is no part of what
    was said."""
    for k, t in enumerate(tokens):
        if k > 0 and t.lower_ == "according" and tokens[k - 1].text in (",", '"', "\u201d"):
            return tokens[:k]
    return tokens


def verb_attribution(verb: Any, offset: int) -> Attribution | None:
    """The attribution headed by ``verb`` (a reporting verb or light verb + attitude noun)."""
    if not verb.tag_.startswith("VB"):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "an update posted to its website": the noun is posted
        return None
    score = cue_score(verb.text)
    if score == 0.0 and verb.lower_ not in LIGHT_VERBS:
        return None
    content, cue_last = _content_child(verb, score)
    if content is None and verb.dep_ == "parataxis" and verb.head.tag_.startswith("VB") and score >= 0.8:
        content, cue_last = verb.head, verb  # "That, he said, showed the talks had moved forward"
    if content is None:
        return None
    subj, antecedent = find_subject(verb)
    if subj is None or not can_speak(subj, antecedent):
        return None
    if _not_statement(content, verb):
        return None
    first = verb
    for c in reversed(list(verb.lefts)):  # auxiliaries and negation belong to the cue
        if c.dep_ in ("aux", "auxpass", "neg") and c.i == first.i - 1:
            first = c
    cue_toks = [verb.doc[i] for i in range(first.i, max(cue_last.i, verb.i) + 1)]
    cue = span_of(cue_toks, offset)
    cont = span_of(_without_according(subtree_tokens(content, stop=verb)), offset)
    if content.dep_ == "dobj":  # "called them illegal", "accused Egypt of clinging to ...", "urged X to ..."
        pred = next((c for c in verb.children if c.i > content.i and (
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS))), None)
        if pred is not None:
            cont = (cont[0], span_of(subtree_tokens(pred, stop=verb), offset)[1])
    cont = _balanced(verb.doc.text, cont, offset)
    src_toks = source_tokens(subj, verb)
    stops = [k for k, t in enumerate(src_toks) if t.text in (".", "!", "?") and k + 1 < len(src_toks)]
    if stops:  # "June. Officials": the parse ran two sentences together
        src_toks = src_toks[stops[-1] + 1 :]
    if cont[1] - cont[0] < 2 or not src_toks:
        return None
    attitude = cue_last.i != verb.i and cue_last.lower_ not in ("belief", "announcement")
    return Attribution(cue, cont, span_of(src_toks, offset), subj, antecedent, verb, attitude=attitude)


#: "accused X of", "blamed X for", "warned X against", "criticised X over": the object's complement is the claim.
_OBJECT_PREPS = frozenset(("of", "for", "against", "over", "as"))

_NOT_STATEMENT = re.compile(
    r"^(?:not to be (?:named|identified|quoted)|(?:on )?condition of anonymity|anonymity"
    r"|to comment|comment|each other|one another|itself|themselves)\b",
    re.I,
)


def _not_speaker(subj: Any) -> bool:
    """Subjects that make no statement: abstract nouns and events ("direct negotiations
    offered ..."), demonstratives ("this showed"), and a relative pronoun whose antecedent is
    one of those ("any arrangement that allowed ...")."""
    if subj.lower_ in ("this", "these", "that", "those", "what", "there", "each", "all"):
        return True
    if subj.tag_ not in ("NN", "NNS"):
        return False
    return noun_kind(subj.text) == "none"


_NOBODY = frozenset("neither nobody none no-one no".split())


def _unknown_noun(tok: Any) -> bool:
    """A common noun the lexicon does not know as a speaker ("placards that read ..."): no antecedent
    for a relative "that said" / "which read"."""
    return tok.tag_ in ("NN", "NNS") and noun_kind(tok.text) is None


def can_speak(subj: Any, antecedent: Any = None) -> bool:
    """A subject that can make a statement: not "this showed", "direct negotiations offered", nor a
    relative "that"/"which" whose antecedent is no speaker ("placards that read ...")."""
    return not (_not_speaker(subj) or (antecedent is not None and (
        _not_speaker(antecedent) or _unknown_noun(antecedent))))


def _not_statement(content: Any, verb: Any) -> bool:
    """"asked not to be named", "declined to comment", "accused each other", and passives
    with no agent ("are expected to last") report no statement."""
    words = " ".join(t.lower_ for t in subtree_tokens(content, stop=verb)[:4])
    if _NOT_STATEMENT.match(words):
        return True
    if words.startswith(("whether", "if ")) and any(
            c.dep_ == "neg" or (c.dep_ == "nsubj" and (c.lower_ in _NOBODY or any(
                d.dep_ == "det" and d.lower_ in _NOBODY for d in c.children))) for c in verb.children):
        return True  # "did not say whether either side had accepted", "Neither side has said whether"
    if verb.lower_ in ("declined", "declines", "declining") and words.startswith("to "):
        return True  # "declined to give a date"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and _agent(verb) is None


def according_attribution(tok: Any, offset: int) -> Attribution | None:
    """``according to X, ...``: X is the source, the rest of the clause is the content."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    src = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if src is None or any(_reported_by_subject(a) for a in tok.ancestors):
        return None
    phrase = subtree_tokens(tok)
    sent = tok.sent
    before = [t for t in sent if t.i < phrase[0].i]
    after = [t for t in sent if t.i > phrase[-1].i]
    body = after if len(after) >= len(before) else before
    cont = span_of(body, offset)
    if cont[1] - cont[0] < 2:
        return None
    cue = span_of([tok, to], offset)
    return Attribution(cue, cont, span_of(source_tokens(src, tok), offset), src, None, tok)


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
        else:
            att = verb_attribution(tok, offset)
        if att is not None:
            out.append(att)
    return out
