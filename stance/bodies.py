"""Bodies as speakers: which organisation a nominal ("the union", "the group") or an unnamed spokesperson
("a company spokesperson", "a spokesman for the Turkish Foreign Ministry") stands for.

:class:`BodyLookup` is the part of :class:`stance.resolve.Resolver` that answers it; it reads the resolver's
``entities``, ``bodies`` (the bodies the text names) and ``_shorts`` (their abbreviations) and its ``_recent()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stance.body_fit import (
    ANY_BODY,
    ANY_FIRM,
    GENERIC_ORGS,
    another_body,
    called_otherwise,
    described_name,
    firm_short_name,
    fit,
    head_word,
    head_words,
    other_kind,
    quoted_just_before,
    short_name,
)
from stance.body_mentions import LEADER, LEADER_OFFICE, generic_head, holds_portfolio, same_role, spoken_body
from stance.entities import Entity
from stance.merges import country_of
from stance.named_bodies import spelled_out
from stance.names import ACRONYM, COMPANY_WORDS, acronym_of, caps, noun_kind
from stance.places import place_key
from stance.speakers import is_person_name, is_proper, strip_name

#: A capitalised word before a name: a first name, when the two read as a person's ("Claudia Wyss-Lehmann").
_FIRST_NAME_BEFORE = caps(r"\b[A-Z][a-z]+ ")
_MEMBERS_BODY = re.compile(caps(r"^\S+ (?:[A-Z][a-z]+s['’]?|Labou?r|Trade) (?:Association|Union|Federation|Guild|Council)$"))


def members_body(name: str) -> bool:
    """"NFL Referees Association", "WNBA Players Association", "POSCO Labor Union": a body of the people who work for
    the first word's organisation, not that organisation ("The NFL said" is the league)."""
    return bool(_MEMBERS_BODY.match(name))


def is_document(e: Entity) -> bool:
    """A document speaker: its name's head is a document noun ("a joint statement from the union")."""
    return any(noun_kind(w) == "doc" for w in head_words(e.canonical))


def is_body(e: Entity) -> bool:
    """An organisation, or a one-word proper name that is nobody's ("Qantas"; not "Rachid, a 41-year-old crane
    operator", whom an age makes a person)."""
    return e.kind == "group" or not any(is_person_name(n) or " " in n for n in e.names) and not any(
        _AGED.search(a) for a in e.aliases)


_AGED = re.compile(r"\b\d{1,3}-year-old\b|\baged \d{1,3}\b")


#: "A Scottish government spokesperson", "a Kenyan government spokesman": a government named by its people's
#: adjective or its place, lower-case as British and many other outlets write it.
#: "In Pristina, " right before a mention: the place it speaks from.
_IN_PLACE = re.compile(caps(r"\b[Ii]n ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s*$"))
_NAMED_GOVERNMENT = re.compile(caps(r"^(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:government|administration)$"))


#: The last words of a company's name: "the government" is no "Tinguilinta Bauxite Company (TBC)".
_FIRM_WORDS = ANY_FIRM | COMPANY_WORDS
#: The nouns an apposition uses for a company ("Rosatom, the Russian state nuclear corporation building the plant").
_FIRM_NOUNS = frozenset("company corporation firm conglomerate consortium maker producer manufacturer operator developer "
                        "miner carmaker retailer airline carrier insurer lender exporter supplier utility brewer".split())
#: ", the Russian state nuclear corporation": an apposition after a name, up to three words before its noun.
_APPOSED = r",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:%s)\b(?![’'-])"


#: Documents a body speaks in, which the text then calls by one noun or another ("the release", "the communiqué").
_RELEASES = frozenset("release statement communiqué communique".split())
#: "In a press release issued ..., the ministry said": the speaker of a sentence that opens with the document.
_SPOKE_IN = re.compile(r"\b[Ii]n an? (?:[\w-]+ ){0,3}?(?P<doc>release|statement|communiqu[ée])\b[^.\n]{0,250}?,\s+"
                       r"(?P<who>(?:the\s+)?[A-Z][^,.\n]{1,80}?|the [a-z]+)\s+(?:said|says|stated|added|announced)\b")


class BodyLookup:
    """Finds the organisation a nominal or an unnamed spokesperson speaks for (mixed into the resolver)."""

    entities: list[Entity]
    text: str
    bodies: list[tuple[int, str, str | None]]
    _shorts: dict[str, str]
    _surnames: dict[str, bool]

    def _recent(self) -> list[Entity]:
        raise NotImplementedError


    def _voice_of(self, mention: str, pos: int) -> Entity | None:
        """An unnamed spokesperson speaks for the body already quoted: "A State Department spokesperson said" after
        "Washington ... said" is Washington again. A named spokesperson stays a person of their own."""
        body = spoken_body(mention)
        if body is None:
            return None
        named = self._named_spokesperson(mention)
        if named is not None:
            return self._speaks_for(named, mention, pos)
        if LEADER.match(body):  # "the Prime Minister's official spokesman": the government quoted as a place
            ent = next((e for e in self._recent() if e.key is not None and pos - e.last_seen < 1500), None)
            return self._speaks_for(ent or self._leaders_voice(mention, pos), mention, pos)
        if not body:  # '... warned that ... . "...," a spokesperson said': the body that spoke just before
            named = self._body_named_since_quote(pos)
            if named is not None:  # "The Canadian Grocery Retailers Association ... was more guarded. A spokesperson said"
                return self._speaks_for(self._named_entity(*named, pos), mention, pos)
            last = self._body_quoted_last(pos)
            if last is not None and any(is_proper(n) for n in last.names):
                return self._speaks_for(last, mention, pos)
            return None
        if is_person_name(body) or (body[:1].isupper() and not is_proper(body)):
            return None
        generic = "" if body[:1].isupper() else body.lower()
        last = self._body_quoted_last(pos) if generic in ("department", "ministry", "agency") else None
        if last is not None and generic not in self.text[last.last_seen : pos].lower():  # "Global Affairs Canada,
            return self._speaks_for(last, mention, pos)  # which ..., confirmed": no other department named since
        if generic and generic not in GENERIC_ORGS:  # "A hospital spokesperson" after "the hospital said"
            last = self._body_quoted_last(pos)
            fits = last is not None and any(generic in n.lower().split() for n in last.names + last.aliases)
            return self._speaks_for(last, mention, pos) if fits else None
        if generic:  # "a company spokesperson", "a spokesperson for the group": the body quoted last
            ent = self._org_for(generic, pos)
        else:
            bare = strip_name(body)
            full = self._shorts.get(bare.lower(), bare)  # "a VCK spokesperson"
            key = place_key(body) if full == bare else None  # "a Nice spokesperson" speaks for the institute
            ent = next((e for e in self._recent() if (key is not None and e.key == key)
                        or (is_body(e) and (e.matches(bare) or e.matches(full)))
                        or acronym_of(bare, e.canonical)), None)  # "A DB spokesman" after "Deutsche Bahn said"
            named = next(((a, n, sh) for a, n, sh in self.bodies if a < pos and short_name(bare, n)), None)
            if ent is None and named is not None:  # "A Harrowgate spokesman" for the named "Harrowgate Capital"
                ent = self._named_entity(*named, pos)
            elif ent is not None and named is not None and named[1] not in ent.names:
                ent.names.append(named[1])  # "Harrowgate" quoted before is "Harrowgate Capital" in full
        return self._speaks_for(ent, mention, pos)

    def _body_quoted_last(self, pos: int) -> Entity | None:
        """The speaker quoted last, when it is a body (no document) seen less than 500 characters before ``pos``."""
        last = next(iter(self._recent()), None)
        near = last is not None and pos - last.last_seen < 500 and not is_document(last)
        return last if near and (is_body(last) or self._which_follows(last)) else None

    def _body_named_since_quote(self, pos: int) -> tuple[int, str, str | None] | None:
        """The body the text names last, in a sentence after anyone was last quoted, shortly before ``pos``."""
        latest = self._last_quoted(pos)
        return next((b for b in self._bodies_named_between(latest, pos, 400)
                     if re.search(r"[.!?][\"”’']?\s", self.text[max(latest, 0) : b[0]])), None)

    def _last_quoted(self, pos: int) -> int:
        """Where anyone was last seen as a speaker before ``pos`` (-1 for nobody)."""
        return max((e.last_seen for e in self.entities if e.last_seen < pos), default=-1)

    def _bodies_named_between(self, lo: int, pos: int, within: int) -> Iterator[tuple[int, str, str | None]]:
        """The bodies the text names after ``lo`` and less than ``within`` characters before ``pos``, latest first."""
        return ((a, n, sh) for a, n, sh in reversed(self.bodies) if lo < a < pos and pos - a < within)

    def _which_follows(self, ent: Entity) -> bool:
        """The text goes on "X, which ...", "X, for its part," or "X said it" where ``ent`` was last seen: a body, though
        its name reads like a person's ("Outer Hebrides Tourism, which represents about 300 businesses, warned ...")."""
        return any(re.match(re.escape(n) + r"(?:,\s+which\b|,\s+for its part\b|\s+said\s+its?\b)",
                            self.text[ent.last_seen : ent.last_seen + len(n) + 20]) for n in ent.names)

    def _which_anywhere(self, ent: Entity) -> bool:
        """The text writes "X, which ..." for one of ``ent``'s names somewhere ("Orlen Lietuva, which runs the
        refinery"): a body, though its name reads like a person's."""
        return any(re.search(re.escape(n) + r",\s+which\b", self.text) for n in ent.names)

    def _leaders_voice(self, mention: str, pos: int) -> Entity:
        """The head of government's spokesperson when no government was quoted as a place: the one met before, or a
        new speaker (not "a spokesperson for the federation" quoted earlier)."""
        for ent in self._recent():
            if any(LEADER.match(spoken_body(n) or "") for n in (*ent.names, *ent.aliases)):
                return ent
        ent = Entity([re.sub(r"^(?:the|an?)\s+", "", mention.strip(), flags=re.I)], "group", first_seen=pos)
        self.entities.append(ent)
        return ent

    def _named_spokesperson(self, mention: str) -> Entity | None:
        """"the Kremlin spokesman" after "Kremlin spokesman Yevgeny Larin told reporters": the person the text gave
        that role (a definite mention only; "a Kremlin spokesman" is the Kremlin, policy 3); "the government
        spokesman" after "Congolese government spokesman Didier Kabeya"."""
        low = mention.strip().lower()
        if not low.startswith("the "):
            return None
        role = low[4:]
        return next((e for e in self._recent() if e.kind == "person" and any(
            same_role(re.sub(r"^(?:the|a|an) ", "", a.lower()), role) for a in e.aliases)), None)

    def _leader_office(self, mention: str, pos: int) -> Entity | None:
        """"the prime minister's office" speaks for the government: the one of the place the sentence opens
        with ("In Pristina, the prime minister's office said"), else the government quoted last; written as a name
        ("The President's Office said") and with no place, it is a body of its own."""
        if not LEADER_OFFICE.match(mention.strip()):
            return None
        place = _IN_PLACE.search(self.text[max(0, pos - 40) : pos])
        key = place_key(place.group(1)) if place else None
        if key is None and mention.strip().endswith("Office"):
            return None  # "The President's Office said": a body by its own name, not whichever government spoke last
        ent = next((e for e in self._recent() if e.key is not None and (e.key == key if key else
                                                                         pos - e.last_seen < 1500)), None)
        return self._speaks_for(ent, mention, pos)

    def spoken_for(self, mention: str) -> str | None:
        """The body an unnamed spokesperson names, when it names one ("An ANC spokesperson", "a spokesman for
        the Kenya Medical Association"): the speaker is that body (policy 3), quoted before or not. Not a
        person's spokesperson ("a spokesperson for Brar", Brar a person the text has quoted)."""
        body = spoken_body(mention)
        firm = bool(body) and any(firm_short_name(body, n) or short_name(body, n) for _, n, _ in self.bodies)
        if not body or LEADER.match(body) or (is_person_name(body) and not firm) or not (
                ACRONYM.match(body) or is_proper(body) or _NAMED_GOVERNMENT.match(body)):
            return None  # "A Sangamon Valley spokeswoman", Sangamon Valley Processing Inc. named: the firm's voice
        if is_person_name(strip_name(mention)):
            return None  # "Opposition spokesman for civil aviation ... MP Kapris Wai": a named one is a person
        if not firm and any(not is_body(e) and e.matches(body) for e in self.entities):
            return None
        return body

    def merge_generic(self) -> dict[int, Entity]:
        """A body first quoted by a generic noun before the text names it ("... its main union have reached
        'a very difficult stage', the union said", then "The Mazda Workers' Union said") is the one body quoted
        whose name fits that noun, when exactly one does ("according to the company" for the one body quoted,
        "Halcyon", whose name does not say it is a company, when no other body's name fits). Returns id(merged) -> body."""
        chosen: list[tuple[Entity, Entity, str | None]] = []
        which: set[int] | None = None  # the entities written "X, which ...": bodies, whatever their names
        for ent in self.entities:
            head, portfolio, country = generic_head(ent.names[0]) if len(ent.names) == 1 else ("", [], None)
            if head not in GENERIC_ORGS:
                continue
            if which is None:
                which = {id(e) for e in self.entities if self._which_anywhere(e)}
            bodies = [e for e in self.entities if e is not ent and (is_body(e) or id(e) in which) and not is_document(e)
                      and not ACRONYM.match(e.canonical) and holds_portfolio(e.canonical, portfolio)
                      and not (portfolio and generic_head(e.canonical)[0])  # "Denmark's fisheries ministry"
                      and (country is None or country_of(e.canonical) in (None, country))]
            fits = [e for e in bodies if fit(head, e.canonical, "group") == 2] or [
                e for e in bodies if head in ANY_FIRM and fit(head, e.canonical, "group") == 1
                and (not is_person_name(e.canonical) or id(e) in which) and not self._surname(e.canonical)]
            # "the company" is no "Urmas Villak", whatever his kind, nor "Quispe" of "Wilber Quispe Mamani"
            if len(fits) == 1 and not self._other_named_before(head, ent.first_seen, fits[0]):
                chosen.append((ent, fits[0], country))
        out: dict[int, Entity] = {}
        for ent, body, _ in chosen:  # a ministry two countries' generic ministries fit is neither's
            if len({c for _, b, c in chosen if b is body} - {None}) <= 1:
                body.aliases.append(ent.names[0])
                out[id(ent)] = body
        return out

    def _other_named_before(self, head: str, pos: int, body: Entity) -> bool:
        """Whether the text names, before ``pos``, a body of another name that ends in the generic noun ``head``:
        "chairman of the Poti Port Workers' Trade Union" before "the union said" (which is then not the "Georgian
        Trade Unions Confederation" quoted later)."""
        if not is_proper(body.canonical):
            return False  # "the committee's press service" is the committee the text named, whatever its name
        named = caps(rf"\b(?:[A-Z][\w’'-]*\s+){{1,6}}{re.escape(head.capitalize())}\b")
        return any(not any(m.group() in n or n in m.group() for n in body.names)
                   for m in re.finditer(named, self.text[: max(pos, 0)]))

    @staticmethod
    def _speaks_for(ent: Entity | None, mention: str, pos: int) -> Entity | None:
        """``ent`` (or None) with the spokesperson ``mention`` as an alias, seen at ``pos``."""
        if ent is not None:
            if mention.strip() not in ent.aliases:
                ent.aliases.append(mention.strip())
            ent.last_seen = pos
        return ent

    def _org_for(self, head: str, pos: int) -> Entity | None:
        """The organisation "the ``head``" stands for: among the bodies quoted (last within 1,500 characters,
        or the only one quoted earlier) and the bodies the text names (within 1,000 characters), the one whose
        name fits best (:func:`fit`), the latest of those. "The FCC tells a different story. In a communiqué
        ..., the group accused ...": the FCC, though it was never quoted before."""
        best: tuple[int, int] = (0, -1)
        choice: Entity | tuple[int, str, str | None] | None = None
        quoted = self._quoted_fits(head)
        near = [(e, f) for e, f in quoted if pos - e.last_seen < 1500] or (quoted if len(quoted) == 1 else [])
        any_body = head in ANY_BODY  # "the group": whichever body was quoted last, whatever its name says
        for e, f in near:
            f = min(f, 1) if any_body else f
            if (f, e.last_seen) > best:
                best, choice = (f, e.last_seen), e
        spoke = self._last_quoted(pos)
        for at, name, short in self.bodies:
            if at >= pos or pos - at > 1000:
                continue
            called = self._called(at, head)  # "the drivers' union Aslef"
            firm = name.split()[-1].lower() in _FIRM_WORDS  # its name says it is a company
            short_fits = short is not None and head not in ANY_FIRM and not firm and not other_kind(head, name)
            apposed = at > spoke and self._apposed_as(name, head)  # named since anyone spoke
            f = max(fit(head, name, "named"), 2 if short_fits or called or apposed else 0)  # "the government" is no "... Company (TBC)"
            f = min(f, 1) if any_body else f
            if f and (f, at) > best:
                best, choice = (f, at), (at, name, short)
        named = self._body_named_before(head, pos) if best[0] < 2 and not any_body else None
        if named is not None and not (isinstance(choice, Entity) and quoted_just_before(self.text, choice, named, pos)):
            choice = named
        if isinstance(choice, Entity):
            if self._which_follows(choice):
                choice.kind = "group"  # "Allina Health, which operates ...": "the company" says what its name did not
            return choice
        return None if choice is None else self._named_entity(*choice, pos)

    def _apposed_as(self, name: str, head: str) -> bool:
        """The text calls ``name`` "the ``head``" in an apposition ("Rosatom, the Russian state nuclear corporation"
        fits "a company spokesperson"; any company noun fits "company" or "firm")."""
        nouns = _FIRM_NOUNS if head in ANY_FIRM else {head}
        return re.search(re.escape(name) + _APPOSED % "|".join(sorted(nouns)), self.text) is not None

    def _quoted_fits(self, head: str) -> list[tuple[Entity, int]]:
        """The bodies quoted so far that "the ``head``" can stand for, latest first, each with how well it fits
        (:func:`fit`): no place, no document ("a joint statement from the union" is no union), no person (a name that
        reads like one counts as a body when the text goes on "X, which ..."; a surname is never a company's name)."""
        out = []
        recent = self._recent()
        latest = recent[0] if recent else None  # the last speaker: what an apposition called it counts
        for e in recent:
            follows = self._which_follows(e) or self._short_of_named(e)
            if e is latest and e.key is None and not is_document(e) and any(self._apposed_as(n, head) for n in e.names):
                out.append((e, 2))  # "Rosatom, the Russian state nuclear corporation": the text says what it is
                continue
            if e.key is not None or is_document(e) or (
                    e.kind != "group" and not follows and any(is_person_name(n) for n in e.names)):
                continue
            if (e.kind == "person" or len(e.names) == 1) and any(self._surname(n) for n in e.names):
                continue  # "Huaman" of "Wilson Huaman Quilla", whatever kind a lone word was given
            own = head_word(e.canonical)
            if e.kind == "nominal" and noun_kind(own) == "person" and not own.startswith("spokes"):
                continue  # "A person close to the company" is no company (its spokesperson is: policy 3)
            f = fit(head, e.canonical, "group" if is_body(e) or follows else e.kind)
            if f and not called_otherwise(e, head):
                out.append((e, f))
        return out

    def _short_of_named(self, ent: Entity) -> bool:
        """The text names a body whose name is ``ent``'s, a particle and a place ("Energía Insular de Roatán"): a body."""
        return any(name.startswith(n + " ") and re.match(r"(?:de|del|do|da|di|du|of) [A-Z]", name[len(n) + 1:])
                   for _, name, _ in self.bodies for n in ent.names)

    def _surname(self, name: str) -> bool:
        """A single word the text also writes after a first name ("Wyss-Lehmann" of "Claudia Wyss-Lehmann"): a
        person's surname, no company's name."""
        if len(name.split()) != 1 or not name[:1].isupper():
            return False
        if name not in self._surnames:  # one search of the text per name
            self._surnames[name] = any(is_person_name(m.group(0)) for m in re.finditer(
                _FIRST_NAME_BEFORE + re.escape(name) + r"\b", self.text))
        return self._surnames[name]

    def _body_named_before(self, head: str, pos: int) -> tuple[int, str, str | None] | None:
        """The one body named anywhere before ``pos`` whose name, or the noun before it, says it is a "``head``" ("the
        company said" far below "the US drugmaker Halvern Therapeutics" or "the private company Rustavi Steel"),
        preferred to a body quoted since whose name does not."""
        named = {name: (at, name, short) for at, name, short in self.bodies
                 if at < pos and not ACRONYM.match(name) and (fit(head, name, "named") == 2 or self._called(at, head))}
        return next(iter(named.values())) if len(named) == 1 else None

    def _called(self, at: int, head: str) -> bool:
        """The text calls the body it names at ``at`` a "``head``" right before its name ("the private company
        Rustavi Steel", "the drivers' union Aslef")."""
        return self.text[max(0, at - 40) : at].lower().rstrip().endswith(head)

    def _named_entity(self, at: int, name: str, short: str | None, pos: int) -> Entity | None:
        """The entity for a body the text names at ``at`` (and maybe abbreviates as ``short``)."""
        # "The Amalgamated Transit Union Local 308 said": the quoted body; else a new one, named as the text names it
        ent = next((e for e in self.entities if e.matches(name) or any(described_name(n, name) for n in e.names)
                    or any(re.sub(r"^the\s+", "", a, flags=re.I) == name for a in e.aliases)),  # "MOFCOM", "the Ministry of Commerce"
                   None) or next(
            (e for e in self.entities if any(n.startswith(name + " ") and not members_body(n) and not another_body(name, n)
                                             for n in e.names)), None) or next(
            (e for e in self.entities if any(short_name(n, name) for n in e.names)), None) or next(
            (e for e in self.entities if any(firm_short_name(n, name) for n in e.names)), None)
        if ent is None:
            ent = Entity([n for n in (spelled_out(self.text, name), name) if n], "group", first_seen=at)  # "KSN"
            self.entities.append(ent)
        ent.kind = "group"
        if short is not None and short not in ent.aliases:
            ent.aliases.append(short)
        ent.last_seen = pos
        return ent

    def _spoke_in(self, head: str, pos: int) -> Entity | None:
        """"The release added that ..." after "In a press release issued after the talks, the ministry said ...": the
        speaker who last spoke in a document of that noun (a release, a statement, a communiqué; within 5,000
        characters), when one quoted speaker has that name."""
        if head not in _RELEASES:
            return None
        noun = head.replace("é", "e")
        spoke = [m for m in _SPOKE_IN.finditer(self.text, max(0, pos - 5000), pos) if m.group("doc").replace("é", "e") == noun]
        if not spoke:
            return None  # the same noun only: "a communiqué read out" is not "In a statement ..., Copadeh said"
        said_by = re.sub(r"^the\s+", "", spoke[-1].group("who"), flags=re.I).lower()
        found = [e for e in self.entities if not is_document(e) and (e.matches(spoke[-1].group("who")) or any(
            re.sub(r"^the\s+", "", n, flags=re.I).lower() == said_by for n in e.names + e.aliases))]
        return found[0] if len(found) == 1 else None
