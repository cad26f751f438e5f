"""Speaker names: the name in a source mention, pronoun and nominal resolution, alias merging.

Works on plain strings (so :meth:`stance.extractor.Extractor.group` needs no parse) plus the
proper-noun tags spaCy gives when a parse is at hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from stance.names import place_key, split_role

PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "group", "it": "group", "we": "other", "i": "other", "you": "other",
    "who": "rel", "which": "rel", "that": "rel", "this": "other", "those": "other",
}  # fmt: skip
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. president prime minister "
    "secretary senator governor representative chairman chairwoman chair deputy ambassador "
    "spokesperson spokesman spokeswoman political expert analyst official "
    "former candidate leader mayor judge speaker lt. col. adm. pres. vice "
    "republican democratic democrat gop nominee hopeful professor prof. rev. sir lord "
    "the a an".split()
)
ORG_WORDS = frozenset(
    "ministry department committee commission council government party office agency "
    "administration house senate congress court union bureau service campaign company "
    "corporation inc inc. corp corp. group organization organisation institute university "
    "foundation association network news times post journal radio tv television press "
    "agency army forces police parliament majlis assembly cabinet kremlin washington "
    "baku yerevan moscow beijing statement report poll survey study".split()
)
_NAME_TOKEN = re.compile(r"^[A-Z][\w.'’-]*$|^(?:of|the|for|de|van|von|al|bin|and|on)$")


def strip_name(mention: str) -> str:
    """The name part of a mention: leading titles, determiners and trailing punctuation off.

    Example:
        >>> strip_name("Political expert Azer Gasimli")
        'Azer Gasimli'
    """
    name, _ = split_role(mention)
    words = name.replace("’s", "").replace("'s", "").split()
    while len(words) > 1 and words[0].lower().strip(",") in TITLES and words[1] not in _LINKS:
        words = words[1:]
    return " ".join(words).strip(" ,.;:\"“”'")


_LINKS = frozenset("for of at to from with in on".split())


def role_alias(mention: str) -> str:
    """The role before a name ("Kremlin spokesman"), or "" when it is only a title ("Mr.")."""
    _, role = split_role(mention)
    words = [w for w in role.split() if w.lower() not in ("the", "a", "an", "its", "his", "her", "their")]
    if len(words) < 2 and all(w.lower().strip(",") in TITLES for w in words):
        return ""
    return " ".join(words)


def split_apposition(mention: str) -> tuple[str, tuple[str, ...]]:
    """``"Matthew Miller, spokesperson for X"`` -> ``("Matthew Miller", ("spokesperson for X",))``."""
    parts = [p.strip(" ,") for p in re.split(r",|\s[—–-]\s|\(|\)", mention, maxsplit=1)]
    parts = [p for p in parts if p]
    if not parts:
        return mention.strip(), ()
    head, rest = parts[0], parts[1:]
    if rest and not _personal(head) and _personal(rest[0]):
        head, rest = rest[0], [parts[0]]
    aliases = tuple(r for r in rest if len(r.split()) <= 16 and not r.lower().startswith(("who ", "which ")))
    return head, aliases


def _personal(text: str) -> bool:
    """A proper name, or a role followed by one ("Samoan environment minister Losa Faleolo")."""
    return _is_proper(text) or bool(split_role(text)[1])


_FUNCTION = frozenset("of the for and on de van von al bin in at to la le du da".split())


def _is_proper(text: str) -> bool:
    """A proper name: starts with a capital and every content word is capitalised."""
    words = text.split()
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _FUNCTION or not w[:1].isalpha() for w in words)


def speaker_kind(name: str) -> str:
    """``"person"``, ``"group"`` (organisations, places, documents), ``"pronoun"`` or ``"nominal"``."""
    low = name.lower()
    if low in PRONOUNS:
        return "pronoun"
    words = low.replace(".", ". ").split()
    if any(w.strip(".,") in ORG_WORDS for w in words):
        return "group"
    if not _is_proper(name):
        return "nominal"
    if len(words) == 1 and low.endswith(("ia", "an", "stan", "land")):
        return "group"
    return "person" if 1 <= len(words) <= 4 else "group"


def canonical_mention(mention: str) -> str:
    """Name used for one mention: appositions split off, titles stripped."""
    head, _ = split_apposition(mention)
    name = strip_name(head)
    return name or head


@dataclass
class Entity:
    """One speaker across the article: its names, the fullest being canonical."""

    names: list[str] = field(default_factory=list)
    kind: str = "person"
    last_seen: int = 0
    aliases: list[str] = field(default_factory=list)
    key: str | None = None  # the country a government metonym stands for (stance.names.place_key)
    gender: str | None = None  # "m"/"f" once a "he"/"she" has been resolved to it

    @property
    def canonical(self) -> str:
        proper = [n for n in self.names if _is_proper(n)] or self.names or self.aliases
        return max(proper, key=lambda n: (len(n.split()), len(n)))

    def matches(self, name: str, *, alias: bool = False) -> bool:
        """Same speaker: equal names, or one proper name a word-suffix of the other."""
        low = name.lower()
        if any(low == a.lower() for a in self.aliases):
            return True
        for n in self.names:
            nl = n.lower()
            if nl == low:
                return True
            if alias or not (_is_proper(name) and _is_proper(n)):
                continue
            if nl.endswith(" " + low) or low.endswith(" " + nl):
                return True
        return False


_DEFINITE = ("the ", "its ", "their ", "his ", "her ", "this ", "that ", "these ")
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


class Resolver:
    """Resolves each source mention, in text order, to an :class:`Entity`."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.recent_people: list[tuple[int, str]] = []

    def note_person(self, pos: int, name: str) -> None:
        """Record a proper name seen in the text (an antecedent for a later "he")."""
        self.recent_people.append((pos, name))

    def resolve(self, mention: str, pos: int) -> Entity | None:
        """The entity ``mention`` (at char ``pos``) refers to; None for an unresolved pronoun."""
        low = mention.lower().strip()
        if low in PRONOUNS:
            return self._pronoun(low, pos)
        head, aliases = split_apposition(mention)
        role = role_alias(head)
        aliases = (*aliases, role) if role else aliases
        name = strip_name(head) or head
        key = place_key(name)
        kind = "group" if key else speaker_kind(name)
        definite = head.lower().startswith(_DEFINITE) and len(name.split()) <= 3
        ent = self._find(name, kind, aliases, key=key, definite=definite)
        if ent is None:
            ent = Entity([], kind, key=key)
            self.entities.append(ent)
        if name and name not in ent.names:
            (ent.names if kind != "nominal" or not ent.names else ent.aliases).append(name)
        ent.aliases.extend(a for a in aliases if a not in ent.aliases and a not in ent.names)
        ent.key = ent.key or key
        ent.last_seen = pos
        return ent

    def _recent(self) -> list[Entity]:
        return sorted(self.entities, key=lambda e: -e.last_seen)

    def _find(
        self, name: str, kind: str, aliases: Sequence[str], *, key: str | None, definite: bool
    ) -> Entity | None:
        for ent in self._recent():
            if ent.matches(name) or any(ent.matches(a, alias=True) for a in aliases):
                return ent
            if key is not None and ent.key == key:  # "Official Baku" ~ "Azerbaijan"
                return ent
        if definite and not _is_proper(name):  # "the spokesperson", "the network"
            head = name.lower().split()[-1] if name.split() else ""
            for ent in self._recent():
                if any(head and head in n.lower().split() for n in ent.aliases + ent.names):
                    return ent
        return None

    def _pronoun(self, low: str, pos: int) -> Entity | None:
        want, gender = PRONOUNS[low], _GENDER.get(low)
        if want not in ("person", "group"):
            return None
        for ent in self._recent():
            if ent.kind == want and pos - ent.last_seen < 1500 and ent.gender in (None, gender):
                ent.gender = gender
                return ent
        if want == "person":
            for p, name in reversed(self.recent_people):
                if p < pos and pos - p < 800:
                    ent = self.resolve(name, p)
                    if ent is not None and ent.gender in (None, gender):
                        ent.gender = gender
                        return ent
        return None
