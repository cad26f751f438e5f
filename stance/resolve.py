"""Speaker resolution: each source mention, in text order, to the :class:`~stance.entities.Entity` it names.

Pronouns ("he"), nominals ("the minister", "the group"), unnamed spokespeople ("a company
spokesperson") and documents ("the statement") resolve to an earlier or, for cataphoric roles, a
later entity; everything else opens a new one. Plain strings plus the subjects and documents
:mod:`stance.mentions` finds, no parse. Definite roles that name no one yet are resolved in :mod:`stance.roles`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stance.appositions import described_one, split_apposition
from stance.bodies import BodyLookup, is_document, members_body
from stance.body_fit import GENERIC_ORGS, head_words
from stance.descriptions import issued_by, owner_pronoun
from stance.entities import Entity
from stance.fits import (
    document_issuer,
    lone_surname,
    mention_kind,
    named_otherwise,
    nominal_head,
    other_body,
    other_owner,
    role_head,
    telling,
    the_source,
)
from stance.introductions import introductions
from stance.mentions import sentence_documents, sentence_subjects
from stance.merges import Merges
from stance.named_bodies import named_bodies, spelled_out
from stance.names import ACRONYM, acronym_of, caps, noun_kind
from stance.nicknames import CALLS_THEM, KNOWN_AS, SELF_NAMED
from stance.places import place_key
from stance.pronouns import PronounLookup
from stance.role_text import appositions, indefinite_mention, proper_modifiers
from stance.roles import RoleLookup
from stance.speakers import (
    PRONOUNS,
    is_person_name,
    is_proper,
    role_alias,
    strip_name,
    surname_form,
)

#: The proper name after a trade noun ("carmaker Stellantis", "the lender Afreximbank").
_NAME_AFTER_TRADE = caps(r"\s+((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,4})")
_INVERTED = re.compile(caps(r"^([a-z]+) (?:at|of|from) the ((?:[a-z]+ ){0,2}[a-z]+)$"))
_ONE_OF = re.compile(r"^(?:one|another|one of them|a third|the other|two|three|both|some|most)"
                     r"(?: of them| of the \w+(?: [\w-]+){0,4})?$")
#: A body's own organ: "the ELN's central command", "Hamas's political bureau", "the union's national executive".
_ORGAN = re.compile(r"^(?:[Tt]he )?(.+?)['’]s? (?:(?:central|political|national|executive|general|supreme|top) )?"
                    r"(?:command|leadership|bureau|executive|secretariat|headquarters|high command)$")
_NOT_NAMES = frozenset("the a an he she it they this that".split())
_ANY_DOCUMENT = frozenset("document text paper draft".split())
#: A mention's closing short form in brackets ("Transparency International Bangladesh (TIB)").
_SHORT_AFTER = re.compile(r"\(([A-Z][A-Za-z&.-]{1,9})\)\s*$")
#: What a text calls a body it has just quoted by its trade, which names no other kind of body ("the watchdog").
_WATCHDOGS = frozenset("watchdog charity regulator lobby thinktank think-tank nonprofit ngo".split())
#: Trade nouns that introduce a body's name ("insurer Great Lakes Mutual Health") and, definite, refer back to it.
_TRADE_BODIES = frozenset(
    "insurer lender carmaker automaker chipmaker drugmaker miner retailer grocer brewer broadcaster publisher "
    "manufacturer supplier operator developer utility exporter importer conglomerate shipper bank airline "
    "carrier railway regulator".split())


def _headed_by(name: str, head: str) -> bool:
    """``name``'s head noun is ``head``, or a compound of it ("A secondary schoolteacher" for "the teacher")."""
    own = head_words(name)[-1:]
    if own and head in _LEGISLATORS and own[0] in _LEGISLATORS:
        return True  # "A PPP MNA from Larkana ... . '...,' the lawmaker said"
    return own == [head] or (bool(own) and len(head) >= 6 and own[0].endswith(head) and noun_kind(head) == "person")


#: The words for one member of a legislature, one another's synonyms.
_LEGISLATORS = frozenset("lawmaker legislator parliamentarian mp mna mpa mla mpp msp td mep senator congressman "
                         "congresswoman assemblyman assemblywoman".split())


_DEFINITE = ("the ", "its ", "their ", "his ", "her ", "this ", "that ", "these ")


def _initialled(mention: str, name: str, kind: str) -> str:
    """``kind``, but a body for a name followed by its initials in brackets ("Transparency International Bangladesh
    (TIB)"), which no person's name is."""
    short = _SHORT_AFTER.search(mention)
    return "group" if kind == "person" and short is not None and acronym_of(short.group(1), name) else kind


#: A capitalised demonstrative that opens a mention of someone just described: "That participant", "This official".
_DEMONSTRATIVE = re.compile(r"^\s*(?:That|This|These|Those)\s+(?=[a-z])")
#: "the source", "the union source" (with a word of the description it refers back to).
_THE_SOURCE = re.compile(r"the (?:([a-z]+) )?source")
class Resolver(BodyLookup, PronounLookup, RoleLookup, Merges):
    """Resolves each source mention, in text order, to an :class:`Entity`."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.recent_people: list[tuple[int, str]] = []
        self.subjects: list[tuple[int, str]] = []
        self.documents: list[tuple[int, str]] = []
        self.bodies: list[tuple[int, str, str | None]] = []
        self.introductions: list[tuple[int, str]] = []
        self._shorts: dict[str, str] = {}  # "vck" -> "Viduthalai Chiruthaigal Katchi"
        self._surnames: dict[str, bool] = {}  # "Wyss-Lehmann" -> True: written after a first name somewhere
        self.text = ""  # the article (for_article), where later mentions look for an indefinite introduction

    @classmethod
    def for_article(cls, text: str, furniture: str | None = None) -> Resolver:
        """A resolver primed with what the article names before any attribution is read: sentence-opening
        people and documents, named organisations, people introduced in apposition (``furniture``: the text
        before its captions were blanked, see :func:`sentence_subjects`)."""
        resolver = cls()
        resolver.text = text
        resolver.note_subjects(sentence_subjects(text, furniture))
        resolver.note_documents(sentence_documents(text))
        resolver.note_bodies(named_bodies(text))
        resolver.note_introductions(introductions(text))
        resolver.note_nicknames(text)
        return resolver

    def note_nicknames(self, text: str) -> None:
        """Record the names a person is introduced as known by ("Wilmer Antonio Palacios, a former commander
        known in the ranks as "Eliecer""): a later "Eliecer said" is that person."""
        for m in [*KNOWN_AS.finditer(text), *CALLS_THEM.finditer(text)]:
            name, nick = m.group("name"), m.groupdict().get("nick") or m.group("bare")
            if is_person_name(name) or (" " not in name and is_proper(name) and name.lower() not in _NOT_NAMES):
                self._shorts.setdefault(nick.lower(), name)
                if " " in nick:  # "Professora Cidinha": "Cidinha said" too
                    self._shorts.setdefault(nick.split()[-1].lower(), name)

    def note_person(self, pos: int, name: str) -> None:
        """Record a proper name seen in the text (an antecedent for a later "he")."""
        self.recent_people.append((pos, name))

    def note_subjects(self, subjects: list[tuple[int, str]]) -> None:
        """Record the people who open sentences (:func:`sentence_subjects`), in text order: a "he said"
        after "Egyptian Irrigation Minister Hany Soliman struck a sceptical note." means Soliman."""
        self.subjects = subjects

    def note_documents(self, documents: list[tuple[int, str]]) -> None:
        """Record the documents that open sentences (:func:`sentence_documents`): antecedents for "it"."""
        self.documents = documents

    def note_introductions(self, people: list[tuple[int, str]]) -> None:
        """Record the people introduced in apposition (:func:`stance.mentions.introductions`)."""
        self.introductions = people

    def note_bodies(self, bodies: list[tuple[int, str, str | None]]) -> None:
        """Record the organisations the article names (:func:`stance.named_bodies.named_bodies`), quoted or
        not: antecedents for "the group said" when no body has been quoted yet, or one was named since."""
        self.bodies = bodies
        for _, name, short in bodies:
            if short is not None:
                self._shorts.setdefault(short.lower(), name)

    def resolve(self, mention: str, pos: int, *, continuing: bool = False,
                content: tuple[int, int] | None = None) -> Entity | None:
        """The entity ``mention`` (at char ``pos``; the source of ``content``) refers to; None for an unresolved pronoun.
        ``continuing``: the cue continues the last speaker ("he added"), so a pronoun skips
        people who merely opened a sentence since."""
        mention = described_one(mention) or mention
        mention = _DEMONSTRATIVE.sub("the ", mention)  # "That participant, a Mauritian official": the participant
        low = mention.lower().strip()
        owner = owner_pronoun(low)  # "According to his estimates", "according to its annual report"
        if low in PRONOUNS or owner is not None:  # "its annual report": the body its own sentence names first
            return (owner == "it" and low != "it" and self._body_in_sentence(pos)) or self._pronoun(owner or low, pos,
                                                                                                    continuing, content)
        if low in ("the former", "the latter"):
            return self._one_of_two(low == "the former", pos)
        src = _THE_SOURCE.fullmatch(low)
        if src is not None and (last := the_source(self._recent(), self.text, pos, src.group(1))) is not None:
            return self._speaks_for(last, mention, pos)  # "One senior GAA figure ... said ... . '...,' the source said"
        if _ONE_OF.match(low):
            found, rest = self._one_of(low, mention, pos)
            if found is not None or not rest:
                return found  # "one of the people familiar with the talks" -> "two people familiar with the talks"
        voice = (self._possessed(low, mention, pos) or self._voice_of(mention, pos) or self._leader_office(mention, pos)
                 or self._titled(mention, pos))
        if voice is not None:
            return voice
        as_written = mention.strip()  # "An ANC spokesperson", "a man who identified himself as X": kept as an alias
        mention = self.spoken_for(mention) or self._self_named(mention, pos) or issued_by(mention) or mention
        organ = _ORGAN.match(mention.strip())
        if organ is not None and (ACRONYM.match(organ.group(1)) or is_proper(organ.group(1))) and not is_person_name(
                organ.group(1)):  # "the ELN's central command said": the ELN
            mention = organ.group(1)
        head, aliases = split_apposition(mention)
        role = role_alias(head)
        aliases = (*aliases, role) if role else aliases
        name = strip_name(head) or head
        key = place_key(name)
        kind = _initialled(mention, name, mention_kind(head, name, (*aliases, as_written), key))  # "a 61-year-old
        # vendor, who asked that only her first name, Marcia, be used": she
        definite = head.lower().startswith(_DEFINITE) and len(name.split()) <= 3
        ent = self._find(name, kind, aliases, key=key, definite=definite, pos=pos)
        if ent is None and head.lower().startswith(_DEFINITE) and (inv := _INVERTED.match(name)):  # "The official at
            ent = self._find(f"{inv.group(2)} {inv.group(1)}", kind, aliases, key=key, definite=True, pos=pos)  # the X"
        if ent is None:
            ent = Entity([], kind, key=key, first_seen=pos)
            self.entities.append(ent)
            full = self._shorts.get(name.lower()) or spelled_out(self.text, name)  # "KSN": "the Keystone Sports Network"
            if full is not None:  # "The ELN said" after "the National Liberation Army (ELN)": named in full
                ent.names.append(full)
                ent.kind = "group"
        if name and name not in ent.names:
            (ent.names if kind != "nominal" or not ent.names else ent.aliases).append(name)
        if kind == "person" and (ent.kind == "nominal" or lone_surname(ent, name)):
            ent.kind = "person"  # "the Swiss diplomat" has a name now; "Mr. Rajeevan" is "K.P. Rajeevan"
        if as_written != mention.strip():
            aliases = (*aliases, as_written)  # "the spokesperson said" later is the same voice
        ent.aliases.extend(a for a in aliases if a not in ent.aliases and a not in ent.names)
        ent.key = ent.key or key
        ent.last_seen = pos
        return ent

    def _one_of(self, low: str, mention: str, pos: int) -> tuple[Entity | None, str]:
        """The group "one of the ..." is one of, and the words after "of the" ("" for "one of them")."""
        rest = re.sub(r"^.*? of the ", "", low) if " of the " in low else ""
        named = next((e for e in self._recent() if rest and rest in e.canonical.lower()), None)
        found = named or self._plural(pos)
        if found is not None and mention.strip() not in found.aliases:
            found.aliases.append(mention.strip())  # so that "The people, who ..., said" after it is them again
        return found, rest

    def _described(self, head: str, pos: int) -> Entity | None:
        """"The insurer said" after "Lakeshore Health and insurer Great Lakes Mutual Health are negotiating": the
        body the text last introduced with that trade noun before its name ("carmaker Stellantis", "the lender
        Afreximbank"), within the last 3,000 characters."""
        if head not in _TRADE_BODIES:
            return None
        start = max(0, pos - 3000)
        named = list(re.finditer(r"\b" + head + _NAME_AFTER_TRADE,
                                 self.text[start:pos]))
        if not named:
            return None
        name = re.sub(r"\s+(?:of|and|&)$", "", named[-1].group(1)).rstrip(".,")
        if is_person_name(name) or place_key(name) is not None:
            return None
        ent = next((e for e in self._recent() if any(e.matches(name) or name.startswith(n + " ") for n in e.names)), None)
        return ent or self.resolve(name, start + named[-1].start(1))

    def _opened_holder(self, name: str, head: str, last: Entity, pos: int) -> Entity | None:
        """"Asked what would happen ..., Asanov was blunt. "...," the minister said": another known holder of the role
        who opened a sentence after ``last`` was seen, just before ``pos`` (within 300 characters)."""
        opened = [n for p, n in self.subjects if last.last_seen < p < pos and pos - p < 300]
        for n in reversed(opened):
            holder = next((e for e in self.entities if e is not last and e.matches(n)), None)
            if holder is not None and any(head_words(a)[-1:] == [head] and not other_owner(name, a)
                                          for a in holder.aliases + appositions(self.text, Entity([n], holder.kind))):
                holder.last_seen = pos
                return holder
        return None

    def _document_sender(self, head: str, pos: int) -> Entity | None:
        """"The statement called the grid ..." after "the eight unions released a joint statement saying ...": the
        speaker last seen (within 3,000 characters), in a sentence that names a document by the same noun after them."""
        if noun_kind(head) != "doc":
            return None
        ent = next((e for e in self._recent() if pos - e.last_seen < 3000 and not is_document(e)), None)
        if ent is None:
            return None
        stops = [k for k in (self.text.find(". ", ent.last_seen), self.text.find("\n", ent.last_seen)) if k >= 0]
        end = min(stops, default=len(self.text))
        return ent if end < pos and re.search(rf"\b{re.escape(head)}\b", self.text[ent.last_seen : end], re.I) else None

    def _office_of(self, person: Entity, mention: str, pos: int) -> Entity:
        """The office of ``person``, named "<surname>'s office" ("his office said" after Recep Tayyip Erdogan is
        "Erdogan's office", the one the text may also write out), with ``mention`` as an alias."""
        name = person.canonical.split()[-1] + "'s office"
        ent = next((e for e in self._recent() if e is not person and e.matches(name)), None)
        if ent is None:
            ent = Entity([name], "group", first_seen=pos)
            self.entities.append(ent)
        return self._speaks_for(ent, mention, pos)

    def _one_of_two(self, former: bool, pos: int) -> Entity | None:
        """"The former" / "the latter": the speaker who is the first or second of the last two people named
        before ``pos`` (within 600 characters): a speaker already known, else a plain two-word name, else None."""
        pair: list[tuple[int, str]] = []
        for p, name in reversed(self.recent_people):
            if p >= pos:
                continue
            if pos - p > 600:
                break
            if not any(surname_form(name).split()[-1] == surname_form(n).split()[-1] for _, n in pair):
                pair.insert(0, (p, name))
            if len(pair) == 2:
                at, name = pair[0 if former else 1]
                known = next((e for e in self._recent() if e.matches(name)), None)
                return known or (self.resolve(name, at) if is_person_name(name) and len(name.split()) == 2 else None)
        return None

    def _self_named(self, mention: str, pos: int) -> str | None:
        """The name an unnamed person or group gives themselves: "a man who identified himself as Commandant
        Makandal said" is Commandant Makandal, "A group calling itself the Katiba Azawad Front" that front ("An ANC spokesperson said" is the ANC: :meth:`spoken_for`)."""
        if is_proper(mention) or noun_kind(mention.split()[-1]) not in ("person", "group", None):
            return None
        at = self.text.find(mention.strip(), max(pos - 5, 0), pos + len(mention) + 5)
        m = SELF_NAMED.match(self.text, at + len(mention.strip())) if at >= 0 else None
        return (m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")) if m else None

    def _by_first_name(self, name: str, pos: int) -> Entity | None:
        """A new entity for the one person written in full before ``pos`` whose first name is ``name`` and
        who is not quoted yet ("Somsak Phromma, who chairs the network, walked out" then "Somsak told the
        crowd": Thai usage), or None."""
        named = {n for p, n in self.recent_people if p < pos and pos - p < 2000 and len(n.split()) >= 2
                 and n.split()[0] == name and is_person_name(n)}
        if len(named) != 1 or any(e.matches(name) for e in self.entities):
            return None
        full = strip_name(named.pop())  # "the Alhaji said": "Musibau Okesanjo" of "Alhaji Musibau Okesanjo"
        known = next((e for e in self.entities if e.matches(full)), None)
        if known is not None:
            return known
        ent = Entity([full], "person", first_seen=pos)
        self.entities.append(ent)
        return ent

    def _introduced_since(self, role: str, ent: Entity, pos: int) -> bool:
        """Whether someone else was introduced as "a/an/one ... ``role``" after ``ent`` was last mentioned."""
        intro = indefinite_mention(self.text, role, ent.last_seen + 1, pos) if role else ""
        own = [n for n in ent.names + ent.aliases if re.sub(r"^(?:an?|the) ", "", n.lower()) != role]  # not "the spokesperson"
        return bool(intro) and not any(intro.lower().endswith(n.lower()) or n.lower().startswith(intro.lower())
                                       for n in own)

    def _other_body_since(self, head: str, ent: Entity, pos: int) -> bool:
        """Another body whose name says it is a "``head``" was named after ``ent`` last spoke: "The Belarusian Foreign
        Ministry took a sharper line. "...," the ministry wrote" is not the ministry quoted two paragraphs before."""
        return any(ent.last_seen < at < pos and pos - at < 1000 and head in name.lower().split() and not ent.matches(name)
                   for at, name, _ in self.bodies) or any(  # or quoted since: "Norway’s Ministry of Foreign Affairs said"
            e is not ent and ent.last_seen < e.last_seen < pos and head in e.canonical.lower().split() for e in self.entities)

    def _recent(self) -> list[Entity]:
        return sorted(self.entities, key=lambda e: -e.last_seen)

    def _find(
        self, name: str, kind: str, aliases: Sequence[str], *, key: str | None, definite: bool, pos: int
    ) -> Entity | None:
        full = self._shorts.get(name.lower())  # "ObSur" after "Observatorio Sur (ObSur)"
        role = name.lower().split()[-1] if definite and kind == "nominal" and name.split() else ""
        for ent in self._recent():  # not the diplomat before "A Western diplomat ... was blunter. "...," the diplomat
            if self._introduced_since(role, ent, pos) or (definite and self._other_body_since(name.lower(), ent, pos)):
                continue  # said"; not the ministry before "Norway’s Ministry of Foreign Affairs said ... the ministry said"
            if ent.matches(name) or (any(ent.matches(a, alias=True) for a in aliases if telling(a, name))
                                     and not named_otherwise(ent, name)) or (full is not None and ent.matches(full)):
                return ent
            if key is not None and ent.key == key:  # "Official Baku" ~ "Azerbaijan"
                return ent
        for alias in aliases:  # "the engineer, Mustafa el-Tayeb" just after "an irrigation engineer" said
            head = role_head(alias) if alias.lower().startswith("the ") else ""
            for ent in self._recent() if head else ():
                if pos - ent.last_seen < 600 and not any(is_proper(n) for n in ent.names) and any(
                        head == nominal_head(n) for n in ent.names + ent.aliases):
                    return ent
        if is_proper(name) and " " not in name.strip():  # "Wang added" after "Wang Lihua, the counsellor",
            # "Carrow said" after "Carrow Pharmaceuticals said"
            firsts = [e for e in self.entities if e.kind in ("person", "group") and e.key is None and any(
                is_proper(n) and len(n.split()) >= 2 and n.split()[0] == name.strip() and not members_body(n)
                and " and " not in n for n in e.names)]  # "ANC" is not "the ANC and the DA" of a joint statement
            if len(firsts) == 1 and not any(e.matches(name) for e in self.entities):
                return firsts[0]
            if not firsts:
                return self._by_first_name(name.strip(), pos)
        if definite and not is_proper(name):  # "the spokesperson", "the network"
            head = name.lower().split()[-1] if name.split() else ""
            issuer = (document_issuer(self._recent(), name, head, pos) or self._described(head, pos)
                      or self._document_sender(head, pos) or self._spoke_in(head, pos))
            if issuer is not None:
                return issuer
            for ent in self._recent():  # the head noun itself: "the health ministry" is no "ministry spokesman"
                if self._introduced_since(role, ent, pos) or (head in GENERIC_ORGS and self._other_body_since(head, ent, pos)):
                    continue
                if any(head and _headed_by(n, head) and not other_owner(name, n) for n in ent.aliases + ent.names) and all(
                        any(m in n for n in ent.aliases + ent.names) for m in proper_modifiers(name)):
                    # "the governor"; not "the Indiana governor" after "the New Mexico governor", nor "the National
                    # leader" after a Greens co-leader
                    return self._opened_holder(name, head, ent, pos) or ent
            if head in _ANY_DOCUMENT:  # "The document also says" after "A draft term sheet ... states"
                doc = next((e for e in self._recent() if pos - e.last_seen < 1500 and is_document(e)), None)
                opened = next(((p, n) for p, n in reversed(self.documents) if p < pos and pos - p < 1500
                               and (doc is None or p > doc.last_seen)), None)
                if opened is not None:  # a document that opened a sentence but was not quoted as a source
                    return self.resolve(opened[1], opened[0])
                if doc is not None:
                    return doc
            if head in _WATCHDOGS:  # "In a statement, the anti-corruption watchdog said" just after TIB was quoted
                last = next(iter(self._recent()), None)
                if last is not None and pos - last.last_seen < 500 and last.kind == "group" and not is_document(last):
                    return last
            if head in GENERIC_ORGS:  # "the group": the organisation quoted or named last
                found = self._org_for(head, pos)  # (not "the Ministry of Internal Affairs" for "the foreign ministry")
                return None if found is not None and other_body(name, found) else found
        return None
