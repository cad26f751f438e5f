"""Who a reporting verb's speaker is when the parse gives no plain subject: a relative clause's antecedent
("Ruiz, who said ..."), the name after a closing quote ('"...," said Ruiz', with :mod:`stance.after_quote`), an
inverted or adverbial subject, a statement's issuer ("the company issued a statement saying"), a subject fronted by
a scene ("Speaking to reporters ..., X said"): :func:`find_subject`. Works on spaCy tokens; spans and source words are :mod:`stance.sources`'.
"""

from __future__ import annotations

from typing import Any

from stance.after_quote import CLOSING, after_quote_subject, closing_before, name_before_comma
from stance.cues import QUOTING_VERBS
from stance.names import noun_kind
from stance.sources import CLIMB_DEPS, SCENE_PREPS, SUBJ, is_when, passive_agent
from stance.speakers import is_person_name

#: Participles of a question put to the speaker ("Roe, asked whether ..., said").
_PUT_TO = frozenset(("asked", "pressed", "questioned"))
_PLACE_WORDS = frozenset("outside inside near beside behind across along".split())


def _subjects(verb: Any) -> list[Any]:
    """The verb's subjects, of two the one that speaks where the parse gave it two."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if len(subjects) > 1 and all(c.dep_ == "nsubj" and c.i < verb.i for c in subjects) and any(
            t.text == "," for t in verb.doc[subjects[-2].i : subjects[-1].left_edge.i]):
        # "In Tiruppur, the knitwear hub in Tamil Nadu, exporter K. Senthilkumar said": the parse gave the verb
        # two subjects; the one next to it speaks, unless the first is a person and the last a body inside her
        # apposition ("Ratna Sari Dewi, a member of the House's Commission I, which oversees defence, said")
        subjects = [subjects[-2] if _person_then_body(subjects[-2], subjects[-1]) else subjects[-1]]
    elif len(subjects) == 2 and subjects[1].i == subjects[0].i + 2 and verb.doc[subjects[0].i + 1].text == "-" and (
            not subjects[0].whitespace_) and subjects[0].tag_ in ("NN", "NNS"):  # "Its vice-president, X, ... said": the parse split the hyphened word
        subjects = subjects[1:]
    return subjects


def _named_after_clause(verb: Any, subjects: list[Any]) -> Any:
    """The body named right before the verb when the parse ran a fronted clause into the main one: in "In a press
    release issued ... after the fifth round of talks at the CHC's offices in Mer Rouge, the Port Louis Harbour and
    Dock Workers Union said", "after" marked the verb, "round" became its subject and the union an apposition."""
    if len(subjects) != 1 or verb.i < 2 or not any(c.dep_ == "mark" and c.i < subjects[0].i for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    return last if last.dep_ == "appos" and last.tag_ in ("NNP", "NNPS") and last.head.i < last.i else None


def find_subject(verb: Any, depth: int = 0) -> tuple[Any, Any]:
    """(source token, antecedent) for a cue verb, climbing out of participles and conjuncts."""
    if verb.lower_ in ("saying", "telling") and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoting = verb.head.head
        obj = next((c for c in quoting.children if c.dep_ == "dobj"), None)
        quoted = next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
        if quoting.lower_ in QUOTING_VERBS and obj is not None:
            return obj, None  # "quoted a senior Egyptian source as saying"
        if quoting.lower_ in QUOTING_VERBS and quoted is not None:
            if quoted.lower_ == "who" and quoting.dep_ == "relcl":  # "X, who was quoted in the release as saying"
                return quoted, _relative_source(quoted, quoting)
            return quoted, None  # "He Lifeng was quoted by Xinhua as saying": Xinhua only reports it
    subjects = _subjects(verb)
    late = _named_after_clause(verb, subjects)
    if late is not None:
        return late, None
    for child in subjects:
        if child.dep_ == "csubj" and child.tag_ == "VBN" and (
                own := next((c for c in child.lefts if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS")), None)):
            return own, None  # "A government briefing paper prepared for the talks and seen by X estimates": the paper
        if child.dep_ in SUBJ:
            if child.dep_ == "nsubjpass":
                return passive_agent(verb), None
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return child, _relative_source(child, verb)
            return _past_scene(child, verb), None
    if not subjects and (doc := _document_on_verb(verb) or _age_on_verb(verb)) is not None:
        return doc, None
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
    opener = _lost_opening_subject(verb) or _person_before_own_clause(verb)
    if opener is not None:
        return opener, None
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN", "VBD")):
        # VBD: a finite verb the parse hung on its subject ("minister, X, called")
        return _relative_clause_owner(verb) or verb.head, None
    if verb.dep_ == "conj" and (closing := closing_before(verb)) is not None and verb.head.i < closing:
        # '"... not because anyone has offered us anything," the union's secretary-general, X, said': the parse
        # made the verb a conjunct of one inside the quote, whose subject ("We") is the quote's, not the source
        agent = after_quote_subject(verb, closing) or name_before_comma(verb, closing)
        if agent is not None:
            return _past_scene(agent, verb), None
    if depth < 4 and verb.dep_ in CLIMB_DEPS and verb.head is not verb:
        return find_subject(verb.head, depth + 1)
    agent = passive_agent(verb)
    if agent is None:
        agent = after_quote_subject(verb) or _inverted_name(verb) or _adverbial_name(verb) or _framed_person(verb)
    return (_past_scene(agent, verb) if agent is not None else None), None


def _document_on_verb(verb: Any) -> Any:
    """"The draft states that ...": the parse hung the document on the verb as a compound, with no subject."""
    return next((c for c in verb.lefts if c.dep_ == "compound" and noun_kind(c.text) == "doc"), None)


def _age_on_verb(verb: Any) -> Any:
    """'"...," the 63-year-old said, pouring coffee': the parse read "said" as a noun that "the 63-year-old" modifies;
    the age is the subject."""
    return next((c for c in verb.lefts if c.dep_ == "amod" and c.lower_ == "old" and any(
        g.lower_ in ("year", "years") for g in c.lefts)), None)


def _lost_opening_subject(verb: Any) -> Any:
    """"Yessenia, a machine operator who has worked ... and asked that her surname not be used, said ...": the parse
    gave the sentence's opening name to a verb inside its long apposition; the verb after the closing comma is its."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJ for c in verb.children):
        return None
    inner = next((c for c in verb.children if c.i < verb.i and c.dep_ in ("ccomp", "conj", "advcl")), None)
    if inner is None:
        return None
    subj = _opening_name(inner)
    if subj is None:
        subj = _described_plural(inner)
        if subj is None and inner.lower_ in _MISREAD:
            return _misread_role_holder(inner, verb)
    if subj is not None and verb.doc[subj.i + 1].text == ",":
        return subj
    if _name_read_as_verb(inner) or _aged_opener(inner):
        return inner
    return _before_relative(inner, verb)


def _aged_opener(inner: Any) -> bool:
    """"A 22-year-old from the east side, who asked not to be named, said": the parse hung the opening "old" on the
    verb as a clause of its own; it is the subject."""
    return inner.lower_ == "old" and inner.left_edge.i == inner.sent.start and any(
        c.lower_ in ("year", "years") for c in inner.lefts)


def _opening_name(inner: Any) -> Any:
    """The proper name opening the sentence that the parse made the subject of ``inner``."""
    start = inner.sent.start
    return next((s for s in inner.children if s.dep_ == "nsubj" and s.i == start and s.tag_ in ("NNP", "NNPS")), None)


def _described_plural(inner: Any) -> Any:
    """"The employers, grouped in the Groupement des entreprises ..., said": a plural opening the sentence, a
    comma and a participle describing it."""
    start, doc = inner.sent.start, inner.doc
    return next((s for s in inner.children if s.dep_ == "nsubj" and s.left_edge.i == start and s.i < inner.i
                 and s.tag_ in ("NNS", "NNPS") and doc[s.i + 1].text == "," and any(
                     c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") for c in s.children)), None)


def _misread_role_holder(inner: Any, verb: Any) -> Any:
    """"The SADC facilitator, retired Botswana judge Onkemetse Ramotswa, said": "retired" read as a verb, the person
    its object (and "judge" may be read as a verb too)."""
    name = verb.doc[verb.i - 2] if verb.i >= 2 else None
    return name if name is not None and name.tag_ == "NNP" and name.dep_ == "dobj" and inner in name.ancestors else None


def _name_read_as_verb(inner: Any) -> bool:
    """"Obunden Samling, the non-aligned group ..., said": the parse read the opening name as a verb and its object."""
    nxt = inner.doc[inner.i + 1]
    return inner.i == inner.sent.start and inner.tag_ in ("NNP", "VB", "VBD", "VBZ", "VBP") and (
        inner.text[:1].isupper() and nxt.tag_ == "NNP" and nxt.dep_ == "dobj")


def _person_before_own_clause(verb: Any) -> Any:
    """"At the National Energy Holding Company, which runs the plant, a senior manager who asked not to be named ...
    said": the parse hung the person on a noun of the opening phrase and left the verb no subject; the person
    whose "who" clause ends right before the verb is its subject."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJ for c in verb.children):
        return None
    for tok in verb.doc[verb.sent.start : verb.i]:
        rel = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i), None)
        if rel is not None and rel.right_edge.i == verb.i - 1 and noun_kind(tok.text) == "person" and any(
                c.lower_ == "who" and c.dep_ in SUBJ for c in rel.children):
            return tok
    return None


def _before_relative(inner: Any, verb: Any) -> Any:
    """"A spokesperson for the X Council, whose member First Nations have many citizens renting in the city, said":
    the parse made the sentence's opening noun phrase the subject of the verb inside the relative clause; the
    phrase ends at the comma before "whose" / "who" / "which", and the verb after the clause's closing comma is its."""
    start = verb.sent.start
    subj = next((c for c in inner.children if c.dep_ == "nsubj" and c.left_edge.i == start and c.i < inner.i), None)
    if subj is None or subj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    rel = [t for t in verb.doc[subj.i + 1 : inner.i] if t.lower_ in ("whose", "who", "which")
           and verb.doc[t.i - 1].text == ","]
    return subj if rel else None


_MISREAD = frozenset("retired former veteran outgoing acting".split())


def _person_then_body(first: Any, last: Any) -> bool:
    """Whether ``first`` ends a person's name and ``last`` a name that is no person's, or ``first`` is a person's noun
    and ``last`` a body's ("A senior official at the Agency (DART), the government body that ..., said")."""
    if first.tag_ in ("NN", "NNS") and noun_kind(first.text) == "person" and last.tag_ in ("NN", "NNS") and (
            noun_kind(last.text) != "person"):
        return True
    return first.tag_ == "NNP" and is_person_name(_name_to(first)) and not is_person_name(_name_to(last))


def _name_to(tok: Any, tags: tuple[str, ...] = ("NNP", "NNPS")) -> str:
    """The proper nouns of ``tok``'s subtree up to ``tok`` itself: the name it ends ("Ratna Sari Dewi")."""
    return " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.tag_ in tags)


def _relative_clause_owner(verb: Any) -> Any:
    """"Dr X, a freshwater ecologist who chairs the campaign group Y, called ...": a verb after a comma that the parse
    hung on the object ending a relative clause is the verb of the clause's antecedent (X), whom the clause describes."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    rel = next((t for t in list(verb.head.ancestors)[:3] if t.dep_ == "relcl"), None)
    if rel is None and verb.head.dep_ == "pobj" and any(
            c.dep_ == "relcl" and c.right_edge.i < verb.i for c in verb.head.children):
        return _opening_phrase_head(verb.head)
    if rel is None or verb.head.dep_ not in ("dobj", "pobj", "attr", "appos"):
        return None
    owner = rel.head
    return owner.head if owner.dep_ == "appos" and owner.head.i < owner.i else owner


def _opening_phrase_head(tok: Any) -> Any:
    """"A senior delegate from one of the western members, who spoke on condition of anonymity ..., called": the noun
    that heads the sentence's opening phrase, up the chain of prepositions that holds ``tok``; None if there is none."""
    while tok.dep_ in ("pobj", "prep") and tok.head is not tok:
        tok = tok.head
    return tok if tok.left_edge.i == tok.sent.start and tok.tag_ in ("NN", "NNS", "NNP", "NNPS") else None


def _adverbial_name(verb: Any) -> Any:
    """"Lebailly said that ...": a surname opening the sentence right before the verb, which the parse took for an
    adverb of it, is its subject."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.tag_ != "NNP" or prev.dep_ not in ("advmod", "npadvmod") or prev.head.i != verb.i:
        return None
    return prev if prev.left_edge.i == prev.sent.start else None


def _framed_person(verb: Any) -> Any:
    """"For Latvia, Ieva Zālīte-Bērziņa, state secretary at ..., said": the parse joined the person to the place that
    frames the sentence; the person is the verb's subject."""
    frame = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start and c.i < verb.i), None)
    place = next((c for c in frame.children if c.dep_ == "pobj"), None) if frame is not None else None
    person = next((c for c in place.children if c.dep_ in ("conj", "appos") and c.tag_ == "NNP"), None) if place else None
    return person if person is not None and is_person_name(_name_to(person)) else None


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
    if verb.i < 2 or doc[verb.i - 1].text not in CLOSING or doc[verb.i - 2].text not in ",?!":
        return None
    j = verb.i + 1
    while j < len(doc) and doc[j].tag_ in ("NNP", "NNPS") and j - verb.i <= 4:
        j += 1
    return doc[j - 1] if j - verb.i >= 2 and (j == len(doc) or doc[j].text in (",", ".")) else None


def _relative_source(pronoun: Any, clause: Any) -> Any:
    """For "who said" / "which said", the noun the relative clause modifies (a person a role named, for "who")."""
    return (pronoun.lower_ == "who" and _named_by_role(clause.head)) or _relative_antecedent(clause.head)


def _named_by_role(head: Any) -> Any:
    """"led by Chikondi Phiri, director of the regional water authority ARA-Norte, who said": "who" is a person, so
    a clause the parse hung on a noun inside the role's phrase, or on the role, is the person the role is in
    apposition to; None where no such person is found."""
    tok = head
    for _ in range(8):
        if tok.dep_ == "appos" and tok.head.tag_ == "NNP" and noun_kind(tok.text) == "person":
            return tok.head
        if tok.dep_ not in ("pobj", "prep", "compound", "appos") or tok.head is tok:
            return None
        tok = tok.head
    return None


#: Adjectives that tie a source to the body it is near ("close to", "familiar with"), no part of its relative clause.
_CLOSE_TO = frozenset("close familiar linked connected near".split())


def _relative_antecedent(head: Any) -> Any:
    """The noun a "which"/"who" clause modifies. The parse hangs "a letter in July, which showed" on the date;
    the clause belongs to the noun the date's phrase qualifies ("letter"), or, where the phrase qualifies a verb,
    to the verb's object before it ("published a report in March, which concluded"), where there is one. A place
    after "in", "at" or "near" qualifies the common noun before it: in "A nurse in Rankin Inlet, who asked not to be
    named", the clause is the nurse's."""
    if head.tag_ == "NNP" and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near") and head.head.head.tag_ in (
            "NN", "NNS") and noun_kind(head.head.head.text) == "person":
        return head.head.head
    near = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "with") else None
    if near is not None and near.lower_ in _CLOSE_TO and near.head.tag_ in ("NN", "NNS") and near.head.i < near.i:
        return near.head  # "a person close to the Norwegian delegation, who said": the person's clause
    if not (is_when(head) and head.dep_ == "pobj" and head.head.dep_ == "prep"):
        return head
    host = head.head.head
    if host.tag_.startswith("NN"):
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
    if place is None:
        return subj
    if not (subj.i == place.i or (subj.dep_ == "appos" and subj.head.i == place.i)):
        if subj.tag_ in ("NN", "NNS") and noun_kind(subj.text) != "person":
            # "In Dobra itself, a village of about 900 people, the head of the local council, Vasyl Moroz, said": the
            # place's description is the subject, the person the last name in its appositions
            named = [t for t in subj.subtree if t.dep_ == "appos" and t.tag_ == "NNP" and t.i < verb.i
                     and is_person_name(_name_to(t, ("NNP",)))]
            return named[-1] if named else subj
        return subj
    people = [c for c in place.children if c.dep_ in ("conj", "appos") and c.i < verb.i and c.tag_ == "NNP"]
    return people[-1] if people else subj
