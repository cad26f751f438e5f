"""One speaker across an article: :class:`Entity`, its names and aliases, and when another name is the same
speaker's ("Matthew Miller" / "Miller" / "Mr. Miller", "Ombudsman's Office" / "Ombudsman Office").

:class:`stance.resolve.Resolver` opens and merges entities, and each quote takes its speaker's canonical name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stance.names import (
    GENERATIONAL,
    PARTY_WORDS,
    POST_MODIFIERS,
    ROLE_WORDS,
    SURNAME_TITLES,
    acronym_of,
    same_given_name,
    without_possessives,
)
from stance.speakers import is_proper, surname_form

_PREPOSITIONS = frozenset("of in for on at from to".split())


_ROMANCE_OF = frozenset("de del des du di da do dos das".split())


@dataclass
class Entity:
    """One speaker across the article: its names, the fullest being canonical."""

    names: list[str] = field(default_factory=list)
    kind: str = "person"
    last_seen: int = 0
    aliases: list[str] = field(default_factory=list)
    key: str | None = None  # the country a government metonym stands for (stance.names.place_key)
    gender: str | None = None  # "m"/"f" once a "he"/"she" has been resolved to it
    first_seen: int = -1

    @property
    def canonical(self) -> str:
        proper = [n for n in self.names if is_proper(n)] or self.names or self.aliases
        named = [n for n in proper if not _roles_only(n)] or proper
        return max(named, key=lambda n: (len(n.split()), len(n)))  # "Adrian Olivero", not "Chief Minister"

    def matches(self, name: str, *, alias: bool = False) -> bool:
        """Same speaker: equal names, or one proper name a word-suffix of the other."""
        low = name.lower()
        if any(low == a.lower() for a in self.aliases):
            return True
        plain = without_possessives(low)  # "Ombudsman's Office" is the "Ombudsman Office"
        if " " in plain and any(without_possessives(n.lower()) == plain for n in self.names):
            return True
        if self.kind == "nominal" and " " in low and any(_modified(n.lower(), low) or _modified(low, n.lower())
                                                          for n in self.names):
            return True  # "government official" is the "government official involved in the talks" just quoted
        short = surname_form(name)
        fulls = [surname_form(n) for n in self.names if is_proper(n) and len(n.split()) > 1]
        if " " in short and is_proper(name) and fulls and not any(
                f == short or f.endswith(" " + short) or short.endswith(" " + f) or _middle_dropped(f, short)
                or _short_given(f, short) or _last_dropped(f, short) for f in fulls):
            return False  # "Marie Gagnon" is not "Darren Gagnon", though he is also "Gagnon"
        for n in self.names:
            if n.lower() == low:
                return True
            if alias or not (is_proper(name) and is_proper(n)):
                continue
            long = surname_form(n)
            if _ends_name(long, short) or _ends_name(short, long) or _middle_dropped(long, short) or _short_given(
                    long, short) or _last_dropped(long, short):
                return True
            if " " not in short and len(long.split()) >= 3 and self.kind == "person" and (long.split()[-2] == short or (
                    len(long.split()) >= 4 and long.split()[-2] in ("i", "y") and long.split()[-3] == short)):
                return True  # "Mejía" for "Natalia Mejía Restrepo", "Puigvert" for "Jordi Puigvert i Soler"
            if acronym_of(name, n) or acronym_of(n, name):
                return True
        return False


def _roles_only(name: str) -> bool:
    """A name of role words alone: "Chief Minister", "MINISTER"."""
    return all(w.lower() in ROLE_WORDS for w in name.split())


#: Role words that are surnames too: "Sheikh" of "Rizwan Ahmed Sheikh", "Bishop" of "Laura Bishop".
_TITLE_SURNAMES = SURNAME_TITLES | {"sheikh"}


def _ends_name(long: str, short: str) -> bool:
    """``short`` ends ``long`` as a shorter name of the same speaker does ("gagnon" of "darren gagnon"), not as the
    object of a preposition ("china" of "european union chamber of commerce in china")."""
    if not long.endswith(" " + short):
        return False
    before = long[: -len(short) - 1].split()
    if _roles_only(short) and (short not in _TITLE_SURNAMES or len(before) < 2 or any(w in ROLE_WORDS for w in before)):
        return False  # "minister" is no short name of the "chief minister" (a transcript's two labels); "Sheikh" is
        # of "Rizwan Ahmed Sheikh"
    if before and before[-1] in _ROMANCE_OF and len(before) >= 3:
        return False  # "soleo air" of "asociación de pilotos de soleo air" (not "gaulle" of "charles de gaulle")
    if before[-2:] == ["party", "of"] and short in PARTY_WORDS:
        return True  # "socialists" of "party of socialists": the party's own plural
    return not before or before[-1] not in _PREPOSITIONS


def _middle_dropped(long: str, short: str) -> bool:
    """``short`` is ``long`` without its middle names or generational suffix: "nana agyemang badu" of "nana kwaku
    agyemang badu ii", "john smith" of "john paul smith"."""
    full = long.split()
    while len(full) > 2 and full[-1].strip(",") in GENERATIONAL:
        full.pop()
    part = short.split()
    return 2 <= len(part) < len(full) and part[0] == full[0] and full[-(len(part) - 1):] == part[1:]


def _last_dropped(long: str, short: str) -> bool:
    """``short`` is ``long`` without its last word, two words or more: "gul rehman" of "gul rehman afridi" (a Pashtun
    name without the tribe's), "lemlem tsegaye" of "lemlem tsegaye bekele"."""
    part, full = short.split(), long.split()
    return 2 <= len(part) < len(full) and full[: len(part)] == part and (
        len(part) == len(full) - 1 or full[len(part)] in _FATHERS_NAME)  # "nurul aini" of "nurul aini binti ismail"


#: The words that open a father's name inside a Malay or Arabic name.
_FATHERS_NAME = frozenset(("bin", "binti", "bte", "ibn", "bint", "a/l", "a/p", "s/o", "d/o"))


def _short_given(one: str, other: str) -> bool:
    """The same name with the given name in its short form: "tom reedy" of "thomas reedy"."""
    a, b = one.split(), other.split()
    return len(a) == len(b) >= 2 and a[1:] == b[1:] and a[0] != b[0] and same_given_name(a[0], b[0])


def _modified(long: str, short: str) -> bool:
    """``long`` is ``short`` with a modifier after it: "government official involved in the talks"."""
    rest = long[len(short) + 1 :].split() if long.startswith(short + " ") else []
    return bool(rest) and rest[0] in POST_MODIFIERS
