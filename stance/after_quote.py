"""The speaker between a quote's closing mark and its reporting verb when the parse hung that phrase on the quote
('"...," Iran's deputy minister for legal affairs, Abbas X, told reporters'): :func:`after_quote_subject`, with the
closing mark (:func:`closing_before`) and the places and names that stand between (a fronted scene's apposition, a
role then its holder's name). Works on spaCy tokens; :mod:`stance.subjects` calls it when the parse gives no subject.
"""

from __future__ import annotations

import re
from typing import Any

from stance.sources import fronted_phrase_end
from stance.speakers import is_person_name

CLOSING = frozenset('"\u201d\u2019\'')


def after_quote_subject(verb: Any, closing: int | None = None) -> Any:
    """``"...," Iran's deputy minister for legal affairs, Abbas X, told reporters``: when the parse
    loses the subject (attached to the quote), the noun phrase between the closing mark and the
    verb is the source. Its head is the first noun whose parent lies outside that stretch. ``closing``: the
    closing mark's index when the caller has found it already (:func:`closing_before`)."""
    j = closing if closing is not None else closing_before(verb)
    if j is None:
        j = fronted_phrase_end(verb)  # "In a long post on social media, the leader of X, Jane Roe, wrote"
        if j is None:
            return None
    j = _past_place_apposition(verb, j) if closing is None else j
    stretch = range(j + 1, verb.i)
    for i in stretch:
        tok = verb.doc[i]
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS") and tok.head.i not in stretch and not (
                any(c.dep_ == "case" for c in tok.children) and i + 2 < verb.i):  # "South Sudan’s information ministry"
            return _named_sibling(tok, stretch) or tok
    last = verb.doc[verb.i - 1] if verb.i - 1 in stretch else None
    if last is not None and last.lower_ == "old" and last.head.i == verb.i and _YEARS_OLD.search(
            verb.doc[j + 1 : verb.i].text):  # '"...," the 34-year-old said': the parse hung the age on the verb
        return last
    return None


def _named_sibling(role: Any, stretch: range) -> Any:
    """The person named right after a role when the parse hung both on a word outside ``stretch`` ("Speaking from El
    Kef, the head of the Algerian delegation, Abdelhamid Bouzidi, a director at ..., said": both apposed to "Kef"):
    the name's head token, else None."""
    if role.tag_ not in ("NN", "NNS"):
        return None
    after = role.right_edge.i + 1
    name = next((t for t in role.doc[after + 1 : stretch.stop] if t.head.i not in stretch), None)
    if after not in stretch or role.doc[after].text != "," or name is None or name.tag_ != "NNP" or (
            name.head.i != role.head.i):
        return None
    words = role.doc[name.left_edge.i : name.i + 1]
    return name if all(t.tag_ == "NNP" for t in words) and is_person_name(words.text) else None


#: Words that open a place's apposition: "in Uppsala, north of Stockholm,", "in Kisumu, 350km west of Nairobi,".
_WHERE = re.compile(r"(?:(?:about |some |just )?[\d,.]+ ?(?:km|kilometres|kilometers|miles)\s+)?"
                    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|outside|near)\b", re.I)


def _past_place_apposition(verb: Any, j: int) -> int:
    """The comma that ends a place's apposition right after a fronted scene ("At a care home in Uppsala, north of
    Stockholm, assistant nurse X said"), else ``j``: the apposition says where, and the speaker comes after it."""
    doc = verb.doc
    if j + 1 >= verb.i or not _WHERE.match(doc[j + 1 : verb.i].text):
        return j
    return next((k for k in range(j + 2, verb.i - 1) if doc[k].text == ","), j)


def name_before_comma(verb: Any, closing: int) -> Any:
    """The proper name that ends the stretch between a quote's closing mark and ``verb``, right before a comma
    ('"...," the union's secretary-general, Hugo Arrieta, said', where the parse hung the role on the quote)."""
    doc = verb.doc
    if verb.i - 2 > closing and doc[verb.i - 1].text == "," and doc[verb.i - 2].tag_ == "NNP":
        return doc[verb.i - 2]
    return None


def closing_before(verb: Any) -> int | None:
    """The closing quotation mark, after a comma, "?" or "!", at most 25 tokens before ``verb`` in its sentence
    (the '...," of '"...," the minister said'), or None."""
    sent, j = verb.sent, verb.i - 1
    while j >= sent.start and verb.doc[j].text not in CLOSING and verb.i - j <= 25:
        j -= 1
    if j < sent.start or j < 1 or verb.doc[j].text not in CLOSING or verb.doc[j - 1].text not in ",?!":
        return None
    return j


_YEARS_OLD = re.compile(r"^(?:the|a|an)\s+\d{1,3}-year-old$", re.I)


def apposed_after(subj: Any, a: int, close_at: int) -> Any:
    """The speaker the parse hung, in apposition, on a subject it found inside the quote: in '"This is a first step,
    and an important one," Cameroon's Minister of Transport, Emmanuel Ndjock Biyong, told reporters', "one" is the
    subject of "told" and the minister its apposition. The chain may run through the quote's own list first ('"...: one
    company, one network, one operator," Senegal's minister, X, told reporters': network, operator, then minister)."""
    if subj is None:
        return None
    seg_text, chain = subj.doc.text, [subj]
    while chain:
        tok = chain.pop()
        for c in tok.children:
            if c.dep_ == "appos" and c.idx + a > close_at:
                if not seg_text[close_at + 1 - a : c.left_edge.idx].strip(" \t,"):  # right after the mark
                    return c
            elif c.dep_ in ("appos", "conj") and c.idx + a < close_at:
                chain.append(c)  # the quote's own list
    return None
