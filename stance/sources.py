"""Who said it: the source of a cue verb on a spaCy parse, and whether it can speak.

Climbs out of participles, conjuncts and relative clauses to the subject ("..., who said"),
takes the agent of a passive ("it was announced by X"), recovers subjects the parse loses
after a quote or a fronted phrase, and trims clauses and scene-setting phrases off the mention.
"""

from __future__ import annotations

import re
from typing import Any

from stance.names import ACRONYM, FIGURE_WORDS, caps, noun_kind
from stance.speakers import lists_people

Span = tuple[int, int]

SUBJ = ("nsubj", "nsubjpass", "csubj")


SCENE_PREPS = ("in", "during", "after", "before", "at", "on", "while")
#: Participles of speaking that open a sentence with its scene ("Speaking to reporters in Dar es Salaam, ...").
_SPEAKING = frozenset("speaking addressing talking briefing answering responding".split())


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
    lead = out[0]
    if lead.dep_ == "prep" and lead.head.i == subj.i and lead.i < subj.i and lead.right_edge.i < subj.i:
        out = [t for t in out if t.i > lead.right_edge.i]  # "On Wednesday morning the press service posted ...":
        # the parse hung the time on the noun; no source opens with a preposition
    fronted = fronted_phrase_end(verb)
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
    out = _after_named_thing(_listed_remits(out, subj, verb), verb)
    return _past_abbreviation(_whole_name(_whole_words(_with_named_subject(out, subj, verb), verb), verb), verb)


_NAMING = frozenset("call calls called calling term terms termed dub dubs dubbed label labels labelled labeled "
                    "describe describes described".split())


def _after_named_thing(src: list[Any], verb: Any) -> list[Any]:
    """The source of a naming verb in a relative clause without "that", which the parse ran into the noun it names:
    in 'a formula one participant called "a placeholder"', the participant, not "a formula one participant"."""
    if verb.lower_ not in _NAMING or len(src) < 3 or src[0].lower_ not in ("a", "an", "the"):
        return src
    k = next((k for k in range(2, len(src) - 1) if src[k].lower_ in ("one", "another") and src[k - 1].tag_ == "NN"), None)
    return src[k:] if k is not None else src


#: A ministry's (or department's) name that opens a list of its remits: "Ministry of Foreign Affairs".
_REMITS_OPEN = re.compile(r"(?:Ministry|Department|Minister|Secretariat|Office) (?:of|for) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?$")


def _listed_remits(out: list[Any], subj: Any, verb: Any) -> list[Any]:
    """The whole name of a ministry that lists its remits, where the parse gave the verb two subjects:
    "Suriname's Ministry of Foreign Affairs, | International Business and International Cooperation said" is one
    ministry, not "International Business and International Cooperation"."""
    doc = subj.doc
    first = out[0]
    if first.i < 2 or doc[first.i - 1].text != "," or not all(
            t.text[:1].isupper() or t.lower_ in ("and", "&") for t in out):
        return out
    other = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < subj.i and c.right_edge.i == first.i - 2), None)
    if other is None:
        return out
    head = doc[other.left_edge.i : other.right_edge.i + 1]
    listed = re.split(r"\s+(?:and|&)\s+", doc[first.i : out[-1].i + 1].text)
    if not _REMITS_OPEN.search(head.text) or lists_people(listed):
        return out  # "The Ministry of Foreign Affairs, Ahmed Attaf and ...": people, no remits
    return list(head) + [doc[first.i - 1]] + out


#: Abbreviated first parts of names, after which the parse may end a sentence: "Md. Rezaul Karim Talukder",
#: "Mohd. Ali" ("Ma." stays out: "Jack Ma." ends sentences).
_NAME_ABBREVIATIONS = frozenset("md mohd muhd mst".split())


def _past_abbreviation(toks: list[Any], verb: Any) -> list[Any]:
    """A mention that ends on an abbreviated first name ("according to Md. | Rezaul Karim Talukder") runs on over
    the capitalised words after it."""
    doc, out = toks[0].doc, list(toks)
    last = out[-1]
    if last.lower_.rstrip(".") not in _NAME_ABBREVIATIONS or not last.text[:1].isupper():
        return out
    j = last.i + 1
    if not last.text.endswith("."):
        if j >= len(doc) or doc[j].text != "." or last.whitespace_:
            return out
        out.append(doc[j])
        j += 1
    return out + _capitalised_from(doc, j, verb)


def _capitalised_from(doc: Any, j: int, verb: Any) -> list[Any]:
    """The capitalised words from token ``j`` on, up to the first other token or ``verb``."""
    out = []
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j != verb.i:
        out.append(doc[j])
        j += 1
    return out


def _with_named_subject(out: list[Any], subj: Any, verb: Any) -> list[Any]:
    """``out`` with the name right after it that the parse made a second subject of the verb ("The Gabonese
    conservation group Océans Gabon said": subjects "group" and "Gabon") or an adverb of it ("MP Kapris Wai said":
    "Wai" an adverb), which is one mention with it."""
    doc, nxt = out[0].doc, out[-1].i + 1
    if nxt >= verb.i or doc[nxt].tag_ not in ("NNP", "NNPS") or (
            not out[-1].whitespace_ or not doc[nxt].text[:1].isupper()):  # not the "-Obeidi" of "al-Obeidi"
        return out
    if nxt == verb.i - 1 and doc[nxt].head.i == verb.i and doc[nxt].dep_ in ("advmod", "npadvmod") and (
            out[-1].tag_ in ("NNP", "NNPS")):
        return [*out, doc[nxt]]
    if subj.tag_ not in ("NN", "NNS"):
        return out
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= nxt and c.left_edge.i == nxt), None)
    return [*out, *doc[nxt : second.i + 1]] if second is not None else out


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
        caps = _capitalised_from(doc, j, verb)
        ends_in_particle = out[-1].lower_ in _NAME_PARTICLES and out[-1].text.islower()
        if not caps or not (run or ends_in_particle):
            return out
        out += run + caps


_HYPHENS = ("-", "\u2010", "\u2011")


def _whole_words(toks: list[Any], verb: Any) -> list[Any]:
    """A mention never ends inside a hyphenated word: "al-Karkhi said" is "al-Karkhi", not "al"."""
    doc = toks[0].doc
    last = toks[-1]
    if last.text in _HYPHENS and not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].is_alpha and (
            doc[last.i + 1].i != verb.i):  # "Professor Song Min-a": the parse left "a" out of the name
        toks = [*toks, doc[last.i + 1]]
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


#: Names of months and days, which the parse can take for the noun a relative clause modifies.
CALENDAR = frozenset("january february march april may june july august september october november december "
                     "monday tuesday wednesday thursday friday saturday sunday".split())


def is_when(tok: Any) -> bool:
    """A date or a number ("in July", "on Monday", "60"): no one who speaks."""
    return tok.tag_ == "CD" or (tok.lower_ in CALENDAR and tok.tag_ == "NNP")


def fronted_phrase_end(verb: Any) -> int | None:
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


#: Those who put questions to a speaker, nameless: "a reporter", "journalists".
_ASKERS = frozenset("reporter reporters journalist journalists".split())


def _not_speaker(subj: Any) -> bool:
    """Subjects that make no statement: abstract nouns and events ("direct negotiations
    offered ..."), demonstratives ("this showed"), "not everyone", the interviewee addressed ("your party
    says"), and a relative pronoun whose
    antecedent is one of those ("any arrangement that allowed ...")."""
    if subj.lower_ in ("this", "these", "that", "those", "what", "there", "each", "all", "nobody", "no-one", "neither",
                       "none") or any(c.dep_ == "det" and c.lower_ == "neither" for c in subj.children):
        return True  # "Nobody is asking them to surrender", "Neither mentioned a number": no one in particular
    if all(t.text == "%" or (t.like_num and any(ch.isdigit() for ch in t.text)) for t in subj.subtree):
        return True  # "the government's original 3.2% offer": the parse made a number the subject; no number speaks
        # (not "one of them said", "Local 455 told members", "No 10 pushed back")
    if subj.lower_ in ("'s", "’s") or (subj.lower_ == "us" and subj.head.head.lower_ == "let"):
        return True  # "Let's say you think a degree will cost ...": the writer's supposition, no source
    if subj.lower_ == "you" or any(c.lower_ == "your" for c in subj.children):
        return True  # an interviewer's question ("Your party says it may not turn up. Will you?"): no source
    if subj.i > 0 and subj.doc[subj.i - 1].lower_ == "not" and subj.lower_ in ("everyone", "everybody", "all"):
        return True  # "Not everyone wants the job finished": nobody in particular
    if any(t.dep_ == "det" and t.lower_ in ("each", "every") and (t.head == subj or t.head.dep_ == "appos")
           for t in subj.subtree if t.i < subj.i + 3):  # the parse may hang "each community" on "livestock"
        return True  # "the livestock each community says it has lost": every one of a kind, nobody in particular
    if subj.head.lower_ in _KNOWING and subj.text in OUTLETS:
        return True  # "AFP has learned", "the BBC understands": the reporter's outlet, no source
    if any(t.lower_ == "our" and t.head.lower_ in _WRITERS and t.head.head.lower_ == "by"
           and t.head.head.head.lower_ not in SEEING for t in subj.subtree):
        return True  # "Findings by our correspondent showed that ...": the writer's own work (policy 7), not a
        # document "seen by our correspondent"
    if subj.lower_ in _WRITERS and any(c.dep_ in ("det", "poss") and c.lower_ in ("our", "this") for c in subj.children) and not any(
            c.tag_ == "NNP" for c in subj.children if c.dep_ in ("appos", "compound")):  # not "Our correspondent Hannah Lowe"
        return True  # "Our Correspondent adds from Hyderabad: ...": the paper's own reporter (policy 7)
    if subj.tag_ not in ("NN", "NNS"):
        return _opening_event(subj)
    if subj.lower_ in _ASKERS and not any(c.dep_ in ("compound", "appos", "poss") for c in subj.children) and (
            subj.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in subj.children)):
        return True  # "When a reporter pointed out that ...": a question put at a press conference, no source
    if subj.text[:1].isupper() and any(c.dep_ == "conj" and c.tag_ in ("NNP", "NNPS") for c in subj.children):
        return False  # "Immigration, Refugees and Citizenship Canada said": a body's listed name, not "immigration"
    if any(t.lower_ == "draft" and t.i <= subj.i for t in subj.subtree) and not any(
            t.dep_ == "agent" and t.head.lower_ not in SEEING for t in subj.subtree):
        return False  # "A draft integration agreement seen by this blog says", "A two-page draft ... states": a draft
        # is a document (policy 4); not one "published by the presidency", which is its issuer's
    if subj.lower_ == "figure" and any(c.dep_ == "amod" and c.lower_ in FIGURE_WORDS for c in subj.children):
        return False  # "One senior GAA figure with knowledge of the talks said": a person, not a number
    return noun_kind(subj.text) == "none"


def _opening_event(subj: Any) -> bool:
    """A plural event noun the parse took for a name because it opens the sentence ("Talks on renewing the concession
    ... ended ... without agreement on the central question: how long ...")."""
    before = subj.doc[subj.i - 1] if subj.i > 0 else None
    opens = before is None or subj.i == subj.sent.start or before.is_space or before.text in ("—", "–", ":")
    return opens and subj.lower_.endswith("s") and noun_kind(subj.lower_) == "none"


#: Participles that say who saw a document ("a draft seen by Reuters"), not who speaks in it.
SEEING = frozenset("seen obtained reviewed viewed".split())
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
        _not_speaker(antecedent) or _unknown_noun(antecedent) or is_when(antecedent))))


_PARTICLES = frozenset("de da das do dos del della di du van von der den al el".split())
_NAME_LINKS = frozenset(("of", "for", "and", "on", "the"))
# "the Association for the Protection of Patients’ | Rights": cut after a plural possessive inside a name
_CUT_AFTER_POSSESSIVE = re.compile(caps(r"\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"))


def _name_before_particle(before: str) -> int:
    """How many characters at the end of ``before`` belong to a proper name the parse cut at a lowercase particle
    ("... Union of São José dos | Campos"); 0 when ``before`` does not end so."""
    words = list(re.finditer(r"\S+", before))
    if len(words) < 2 or not before[-1:].isspace() or words[-1].group() not in _PARTICLES:
        return 0
    k = len(words) - 2
    if not words[k].group()[:1].isupper():
        return 0
    start = k
    while k > 0:
        k -= 1
        w = words[k].group()
        if w[-1:] in ",;:.(" or not (w[:1].isupper() or w in _NAME_LINKS):
            break
        if w[:1].isupper():
            start = k
    return len(before) - words[start].start()


def name_cut(raw: str, span: tuple[int, int]) -> tuple[int, int]:
    """The source span widened over the part of its proper name the parse cut off: before a lowercase name particle
    ("São José dos Campos") or after a plural possessive ("Patients’ Rights")."""
    s, e = span
    line = raw.rfind("\n", 0, s) + 1
    if raw[s : s + 1].isupper():
        s -= _name_before_particle(raw[max(line, s - 120) : s])
    if raw[e - 2 : e] in ("s’", "s'") and raw[e - 3 : e - 2].isalpha():
        stop = raw.find("\n", e)
        m = _CUT_AFTER_POSSESSIVE.match(raw[e : stop if stop >= 0 else len(raw)])
        if m is not None:
            e += len(m.group(0))
    return s, e
