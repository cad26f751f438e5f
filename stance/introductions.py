"""People the text introduces without making them a sentence's subject, as antecedents for a "She said" that
follows: in apposition ("Halima Abubakar Sule, a former minister who ...") or as the agent of a passive that leads
or chairs something ("Vietnam's delegation is led by Deputy Minister Nguyen Thi Thu Ha.")."""

from __future__ import annotations

import re

from stance.name_runs import OPENERS, org_tail
from stance.names import FINDING_VERBS, LOCATIVE_PREPS, PERSON_NOUNS, TITLES, UPPER, caps, is_trade_noun
from stance.speakers import is_person_name, strip_name

_INTRODUCTION = re.compile(caps(r"((?:[" + UPPER + r"][\w’'.-]*\s+(?:(?:de|del|van|von|al|bin|el|da|dos)\s+)?){1,3}"
                           r"(?:(?:al|el|bin|ibn|abu)-)?[" + UPPER + r"][\w’'-]+),\s+"  # "Munir al-Sabbagh, who commands"
                           r"(who|whose|\d{1,3},|(?:a|an|the)\s+[^,.;:\"“”]{1,80}"  # "Georges Haddad, 52, has worked"
                           r"|[A-Z][\w.&-]*['’]s\s+[^,.;:\"“”]{1,80}"  # "Luis Mora, PINDECO’s director of human resources"
                           r"|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for)\s+[^,.;:\"“”]{1,80})"))
_AGED = re.compile(r"\d{1,3},$")
#: "A nurse in Rankin Inlet, who asked not to be named": a place before the relative clause, nobody introduced.
_LOCATIVE = re.compile(r"\b(?:" + "|".join(LOCATIVE_PREPS) + r")\s+$")
#: "the talks have found a vocal critic in Chan Ka Wai, one of ...": someone found in a person.
_FOUND_IN = re.compile(r"\b(?:" + "|".join(sorted(FINDING_VERBS))
                       + r")\s+(?:an?|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}in\s+$")
# "is led by Deputy Minister of Industry and Trade Nguyen Thi Thu Ha.", "were advised by attorney X.", "were brokered by the deputy akim, X." (the
# passive's agent ends the sentence)
_LED_BY = re.compile(r"\b(?:led|headed|chaired|fronted|brokered|mediated|facilitated|convened|moderated|hosted|advised|represented)"
                     r"\s+by\s+([^.;:!?\"“”\n]{3,120}?)\.(?=\s|$)")


def introductions(text: str) -> list[tuple[int, str]]:
    """(position, name) of each person the text introduces in apposition ("Halima Abubakar Sule, a
    former Nigerian foreign minister who ...", "Senait Hailu, who runs a shop", "Liang Jianhua, director-general of
    the foreign ministry's ...") or as the agent that ends a sentence of leading ("The delegation is led by
    Deputy Minister Nguyen Thi Thu Ha."): the antecedent for a "She said" in the next sentence, though she was no
    sentence's subject. In text order."""
    out = []
    for m in _INTRODUCTION.finditer(text):
        name = strip_name(m.group(1))
        role = m.group(2).lower().replace("-", " ").split()  # "director-general of the ministry's ..." too
        if m.group(2) not in ("who", "whose") and not _AGED.match(m.group(2)) and not _describes_person(role):
            continue  # "Anna Arivalayam, the party headquarters": a place
        if is_person_name(name) and name.split()[0].lower() not in OPENERS and not org_tail(text, m.start(1)) and (
                not _where(text[max(0, m.start(1) - 60) : m.start(1)])):
            out.append((m.end(1) - len(name), name))
    out += [found for m in _LED_BY.finditer(text) if (found := _agent(m.group(1), m.end(1))) is not None]
    return sorted(out)


def _describes_person(role: list[str]) -> bool:
    """An apposition's words that say who someone is: a person noun anywhere ("a United Church minister who ..."), or
    near its start an -ologist or a trade ("a criminologist at the university")."""
    return any(w in PERSON_NOUNS for w in role) or any(w.endswith("ologist") or is_trade_noun(w) for w in role[:3])


def _where(before: str) -> bool:
    """Whether the words ``before`` a name make it a place ("One GN employee in Rankin Inlet, who ...")."""
    return _LOCATIVE.search(before) is not None and _FOUND_IN.search(before) is None


#: A person's name, then the body they belong to: "X of the Fund's Western Hemisphere Department".
_OF_BODY = re.compile(caps(r"^([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s+of\s+the\s+[A-Z]"))


def _agent(phrase: str, end: int) -> tuple[int, str] | None:
    """The person's name that ends ``phrase`` (which ends at ``end``): the longest run of its last two to four
    capitalised words that is a person's name and opens with no title word nor a portfolio's word ("Trade" of
    "Industry and Trade")."""
    words = phrase.rsplit(",", 1)[-1].split()  # "the Secretary of State for Internal Affairs, Helena Bento"
    owned = _OF_BODY.search(phrase)  # "Lucía Etxeberria Mendiola of the Fund's Western Hemisphere Department"
    if owned is not None and is_person_name(owned.group(1)) and owned.group(1) == strip_name(owned.group(1)):
        return end - len(phrase) + owned.start(1), owned.group(1)
    for k in (4, 3, 2):
        tail = words[-k:]
        if len(tail) < k or not all(w[:1].isupper() for w in tail) or tail[0].lower() in TITLES:
            continue
        if len(words) > k and words[-k - 1].lower() in ("of", "and", "for"):
            continue  # "Minister of Trade Nguyen Ha": "Trade" is the portfolio's
        name = " ".join(tail)
        if is_person_name(name) and name == strip_name(name):
            return end - len(name), name
    return None
