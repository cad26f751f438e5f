"""Merges after every mention is resolved (mixed into :class:`stance.resolve.Resolver`): a person quoted by surname
alone gets the full name the article gives elsewhere, and a nameless role that a person named later carries is that
person."""

from __future__ import annotations

import re

from stance.entities import Entity
from stance.fits import country_owns, named_next_paragraph, role_fits
from stance.names import PORTFOLIO_WORDS, ROLE_WORDS, caps
from stance.places import place_key
from stance.role_text import appositions
from stance.speakers import is_proper, strip_name, surname_form

_INDEFINITE_AT = re.compile(r"(?i)an? ")  # "A negotiator who was in the room": someone introduced there
#: "Kenya’s Ministry of Investments, Trade and Industry", "the Lithuanian Ministry of Transport": a country's own body
_COUNTRY_BODY = re.compile(caps(r"^(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)??)(?:['’]s)?\s+"
                                r"(?:Ministry|Department|Government|Cabinet|Presidency|Federal Council)\b"))


#: What says a capital's sentence goes on from the body quoted before: "Addis Ababa also said", "Riyadh, in the same
#: statement, said".
_GOES_ON = re.compile(r"(?:,\s+in\s+the\s+same\s+statement,|\s+also\b)")
_GOVERNMENT_HEADS = frozenset("government ministry department cabinet presidency".split())


class Merges:
    """The merges that need the whole article's entities."""

    entities: list[Entity]

    def complete_surnames(self, names: dict[str, set[str]]) -> None:
        """A person quoted only by surname ("Raman: No. ...") gets the full name the article gives
        once elsewhere ("we spoke with Priya Raman"), when exactly one full name ends in it.
        ``names``: surname -> full names in the article (:func:`stance.full_names.full_names`)."""
        for ent in self.entities:
            if ent.kind not in ("person", "group") or ent.key is not None or any(
                    len(strip_name(n).split()) > 2 for n in ent.names):  # "Fr Ó Súilleabháin" is a surname with a title
                continue  # "group": a lone "Raman" looks like a country ("Oman") to speaker_kind
            full = {n for name in ent.names if is_proper(name) for n in _ending_in(names, name)}
            if len(full) == 1:
                ent.names.append(full.pop())
                ent.kind = "person"

    def merge_roles(self, text: str = "") -> dict[int, Entity]:
        """A nameless role ("Norway's envoy said ...") that a later person carries in full ("Dag Halvorsen,
        Norway's special envoy for Venezuela") is that person: every word of the role occurs in one of
        the person's role aliases, and exactly one person qualifies. Returns id(merged) -> person."""
        out: dict[int, Entity] = {}
        people = [e for e in self.entities if e.kind == "person" and any(is_proper(n) for n in e.names)]
        placed: dict[int, list[str]] | None = None  # each person's roles in the text, read once when needed
        for ent in self.entities:
            title = len(ent.names) == 1 and ent.names[0].lower() in ROLE_WORDS  # "Minister urges ..." (a headline)
            if ent.kind == "person" and any(is_proper(n) for n in ent.names) and not title or len(ent.names) != 1:
                continue
            words = surname_form(ent.names[0]).replace("’", "'").split()
            if not words or words[-1] not in ROLE_WORDS or (len(words) == 1 and not title):
                continue
            if placed is None:
                placed = {id(p): appositions(text, p) for p in people}
            owned = country_owns(text, words)
            hits = [p for p in people if any(role_fits(words, a, owned) for a in p.aliases + placed[id(p)])] or (
                self._by_generic_owner(text, words, people, placed))
            if hits and hits[0].first_seen < ent.first_seen >= 0 and _INDEFINITE_AT.match(text, ent.first_seen):
                continue  # "A negotiator who was in the room" after the negotiator X was quoted: someone new
            hits = hits or [p for p in [named_next_paragraph(ent, people, self.entities, text, placed)] if p]
            if len(hits) == 1:
                hits[0].aliases.append(ent.names[0])
                out[id(ent)] = hits[0]
        return out

    @staticmethod
    def _by_generic_owner(text: str, words: list[str], people: list[Entity],
                          placed: dict[int, list[str]]) -> list[Entity]:
        """The people whose roles hold a two-word role a lower-case body owns ("the railway's managing director"
        for "TAZARA Managing Director X"): the owner is the body's common noun, its name in the person's role."""
        if len(words) != 3 or not words[0].isalpha() or place_key(words[0]) is not None or not re.search(
                rf"\b{words[0]}['’]s\s+{re.escape(words[1])}\s+{re.escape(words[2])}\b", text):
            return []
        return [p for p in people if any(role_fits(words[1:], a) for a in p.aliases + placed[id(p)])]

    def merge_capitals(self, text: str = "") -> dict[int, Entity]:
        """"Nairobi has warned that ... . In a statement after the round, Kenya’s Ministry of Investments, Trade and
        Industry said": a capital quoted as its government, then that country's ministry quoted next, within 400
        characters and no one quoted between, is one speaker, the ministry (policy 5: the metonym is the ministry the
        text has it stand for). So is a capital that goes on from the government quoted just before ("the federal
        government said ... . Addis Ababa also said", "Riyadh, in the same statement, said"). Returns id(capital) ->
        ministry."""
        out: dict[int, Entity] = {}
        for cap in self.entities:
            if cap.key is None or not cap.names or not all(place_key(n) == cap.key and len(n.split()) <= 2
                                                            for n in cap.names):
                continue
            body = next((e for e in self.entities if e is not cap and 0 < e.first_seen - cap.last_seen < 400
                         and country_of(e.canonical) == cap.key), None) or self._went_on_from(cap, text)
            if body is None or any(e is not cap and e is not body and cap.last_seen < e.last_seen < body.first_seen
                                   for e in self.entities):
                continue
            body.aliases.extend(n for n in cap.names if n not in body.aliases)
            out[id(cap)] = body
        return out

    def _went_on_from(self, cap: Entity, text: str) -> Entity | None:
        """The government or ministry quoted last before ``cap`` (within 400 characters), when the capital's sentence
        says it goes on from it ("also", "in the same statement") and the body is of no other country."""
        if cap.first_seen < 0 or not _GOES_ON.match(text, cap.first_seen + len(cap.names[0])):
            return None
        before = [e for e in self.entities if e is not cap and 0 <= e.last_seen < cap.first_seen]
        body = max(before, key=lambda e: e.last_seen, default=None)
        if body is None or cap.first_seen - body.last_seen >= 400 or country_of(body.canonical) not in (None, cap.key):
            return None
        return body if any(w in _GOVERNMENT_HEADS for w in body.canonical.lower().split()) else None


def country_of(name: str) -> str | None:
    """The country whose own body ``name`` is ("Kenya’s Ministry of ..." -> "kenya"), or None."""
    m = _COUNTRY_BODY.match(name)
    if m is not None:
        return place_key(m.group(1))
    words = name.split()
    if len(words) >= 2 and is_proper(name) and any(w.lower() in PORTFOLIO_WORDS for w in words[:-1]):
        return place_key(words[-1])  # "Environment and Climate Change Canada", "Transport Canada": a department
    return None


def _ending_in(names: dict[str, set[str]], name: str) -> set[str]:
    """The full names of ``names`` (surname -> full names) that ``name`` ends: a surname's ("Raman"), or a double
    surname's ("Vasconcelos Brito" of "Maria da Conceição Vasconcelos Brito"), three words or more."""
    short = surname_form(name)
    if " " not in short:
        return set(names.get(short, ()))
    return {n for n in names.get(short.split()[-1], ()) if len(n.split()) > 2 and surname_form(n).endswith(" " + short)}
