"""Quotes -> speakers: one group per speaker, with a canonical name and the other names it went by.

Quotes whose speaker names differ only in case, spacing or a leading article are one speaker; a bare surname
("Kessler") joins the only longer person name ending in it, and a given name ("Khairul") the only longer person
name starting with it. :func:`stance.positions.split_positions` then sets apart the parties whose views the writer
only summarises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stance.appositions import canonical_mention, split_apposition
from stance.names import GENERATIONAL, NAME_PARTICLES, without_possessives
from stance.positions import Group
from stance.speakers import (
    PRONOUNS,
    as_written,
    is_person_name,
    surname_form,
)
from stance.types import Quote


def _group_key(name: str) -> str:
    """Speakers whose names differ only in case, spacing, a possessive or a leading article are one speaker."""
    key = " ".join(without_possessives(name).split()).casefold()
    for article in ("the ", "a ", "an "):
        if key.startswith(article):
            key = key[len(article):]
    return key


def _surname(key: str) -> str:
    """The last word of a name, past a generational suffix ("Herminio Bautista Jr." -> "bautista")."""
    words = surname_form(key).split()
    while len(words) > 1 and words[-1].strip(",") in GENERATIONAL:
        words.pop()
    return words[-1]


def _merge_surnames(order: dict[str, list[Quote]], names: dict[str, str]) -> None:
    """Merge a one-word speaker ("Kessler", "al-Qahtani") into the only longer name ending in it, or else into the
    only name of three words or more whose father's surname it is ("Ticse" of "Lucía Ticse Orihuela")."""
    for key in [k for k in order if " " not in k]:
        short = surname_form(key)
        owners = [k for k in order
                  if k != key and " " in k and _surname(k) == short and is_person_name(names[k])]
        owners = owners or [k for k in order if k != key and len(k.split()) >= 3
                            and surname_form(k).split()[-2] == short and is_person_name(names[k])]
        if len(owners) == 1 and names[key][:1].isupper():
            _merge_into(order, key, owners[0])


def _merge_particle_surnames(order: dict[str, list[Quote]], names: dict[str, str]) -> None:
    """Merge a surname joined by a particle ("Ortiz de Zárate", "van der Berg") into the only longer person's name
    holding it after a given name ("Carmen Ortiz de Zárate Ibáñez")."""
    for key in [k for k in order if any(w in NAME_PARTICLES for w in k.split()[1:-1])]:
        owners = [k for k in order if k != key and f" {key} " in f" {k} " and not k.startswith(key)
                  and is_person_name(names[k])]
        if len(owners) == 1 and (names[key][:1].isupper() or key.split()[0] in NAME_PARTICLES):  # "de la Guardia"
            _merge_into(order, key, owners[0])


def _merge_given_names(order: dict[str, list[Quote]], names: dict[str, str]) -> None:
    """Merge a speaker named by the first words of one longer person's name into it: "Khairul" (from "Datuk Seri
    Khairul") into "Khairul Anuar Rahmat", "Mohd Rizal" into "Mohd Rizal Abdul Samad", where names go by the given
    name. Only when exactly one longer name starts so."""
    for key in list(order):
        if key not in order or not names[key][:1].isupper() or not (is_person_name(names[key]) or _patronymic(key, order)):
            continue
        words = key.split()
        owners = [k for k in order if k != key and len(k.split()) > len(words) and k.split()[:len(words)] == words
                  and is_person_name(names[k])]
        if not owners and len(words) == 2 and _PATRONYMIC.search(words[1]):  # "Galina Viktorovna" is "GALINA
            owners = [k for k in order if k != key and k.split()[0] == words[0] and len(k.split()) >= 2  # SOROKINA"
                      and is_person_name(names[k])]
        if len(owners) == 1:
            _merge_into(order, key, owners[0])


#: The endings of an East Slavic father's name, which with the given name is how colleagues address someone.
_PATRONYMIC = re.compile(r"(?:ovna|evna|ovich|evich|ichna)$")


def _patronymic(key: str, order: dict[str, list[Quote]]) -> bool:
    """A lone given name ("Thiruselvam") that opens exactly one name with a father's name after a particle
    ("Thiruselvam a/l Ramasamy", "Ahmed ould Salem"), by which the person goes."""
    return " " not in key and sum(k.startswith(key + " ") and bool(_FATHER.search(k)) for k in order) == 1


_FATHER = re.compile(r" (?:a/l|a/p|bin|binti|bint|ibn|ould) ")


#: Nouns of a role that may speak in a lede before its holder is named ("..., the minister responsible told a news
#: conference", then "Arsen Tadevosyan, the minister of territorial administration, said").
_LEDE_HEADS = frozenset("minister secretary governor mayor premier chancellor envoy negotiator spokesman spokeswoman "
                        "spokesperson chairman chairwoman commissioner ambassador besar".split())
_BODY_WORDS = frozenset("union party company government council".split())
#: Words that make a role another one: the "vice chairman" is not "its chairman", the "deputy minister" not "the minister".
_SECOND = frozenset("vice deputy assistant former ex".split())
#: Words of a lede's role that any holder fits ("its chairman", "the country's finance minister", "the chief negotiator").
_ANY_HOLDER = frozenset("the a an its their country nation chief lead top senior responsible main principal".split())


def _merge_lede_roles(order: dict[str, list[Quote]], names: dict[str, str]) -> None:
    """Merge a role that speaks only before anyone holding it is named into the one person named with it: the
    role's noun and its other words ("finance" of "the finance minister") in one of the person's mentions, and no
    other person's; a possessive place ("Dili's chief negotiator") is not matched."""
    for key in list(order):
        if key not in order or is_person_name(names[key]):
            continue
        words = [w for w in key.split() if not w.endswith(("'s", "’s"))]
        heads = [w for w in words if w in _LEDE_HEADS]
        if not heads:
            continue
        rest = [w for w in words if w not in _ANY_HOLDER and w not in heads]
        owners = [k for k in order if k != key and is_person_name(names[k]) and _holds(order[k], heads[-1], rest)]
        if len(owners) == 1 and max(q.start for q in order[key]) < min(q.start for q in order[owners[0]]):
            _merge_into(order, key, owners[0])


def _holds(quotes: Sequence[Quote], head: str, rest: Sequence[str]) -> bool:
    """One of the quotes' speaker mentions holds the word ``head`` and every word of ``rest`` (a word of five
    letters or more by its first five: "Armenian" is "Armenia's"; the holder's body by any name: "union"); a "vice
    chairman" holds no "chairman"."""
    for q in quotes:
        said = (q.speaker_mention or "").casefold().replace(",", " ").split()
        held = any(w == head and not (k and said[k - 1] in _SECOND) for k, w in enumerate(said))
        if held and all(w in _BODY_WORDS or any(s == w or (len(w) >= 5 and s[:5] == w[:5]) for s in said)
                                for w in rest):
            return True
    return False


def _merge_into(order: dict[str, list[Quote]], key: str, owner: str) -> None:
    """Give ``key``'s quotes to ``owner``, in text order."""
    order[owner] = sorted(order[owner] + order.pop(key), key=lambda q: q.start)


def group_quotes(quotes: Sequence[Quote]) -> list[Group]:
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
    _merge_particle_surnames(order, names)
    _merge_given_names(order, names)
    _merge_lede_roles(order, names)
    out = []
    for key, qs in order.items():
        name = names[key]
        aliases: list[str] = []
        for q in qs:
            if not q.speaker_mention or q.speaker_mention.lower() in PRONOUNS:
                continue
            head, extra = split_apposition(q.speaker_mention)
            for alias in (as_written(canonical_mention(q.speaker_mention), q.speaker_mention), *extra):
                if alias and alias.casefold() != name.casefold() and alias not in aliases:  # not "CLETUS JNO BAPTISTE"
                    aliases.append(alias)
        out.append((name, tuple(aliases), tuple(qs)))
    return out
