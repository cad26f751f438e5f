"""Definite roles that name no one yet ("the mediator", "the 34-year-old", "Gibraltar's chief minister"), tried in
this order: the holder of that office of a named body ("the NLC President"), a person quoted before who opened a
sentence since, the person the next sentence names, an unnamed source introduced before, the person a sentence
opened with, a title's holder, or else the person quoted just before. A mixin of :class:`stance.resolve.Resolver`,
plain strings, no parse.
"""

from __future__ import annotations

import re

from stance.descriptions import owned_role_holder, role_name, titled
from stance.entities import Entity
from stance.names import ORG_WORDS, PAST_ROLE, PERSON_NOUNS, ROLE_WORDS, acronym_of, caps, noun_kind
from stance.places import place_key
from stance.pronouns import someone
from stance.role_text import (
    LOWER_WORD,
    age_clash,
    appositions,
    indefinite_mention,
    introduction,
    of_party,
    proper_modifiers,
    role_clash,
)
from stance.speakers import is_person_name, is_proper, strip_name

#: "the NLC President", "the IMF mission chief": a role of a body named by acronym or proper name.
_OWNED_ROLE = re.compile(caps(r"^[Tt]he ((?:[A-Z][\w&.-]*\s)*[A-Z][\w&.-]*) ([a-z]+|[A-Z][a-z]+)$"))


#: A place's possessive before its one office-holder: "Gibraltar's chief minister" is as definite as "the chief
#: minister" ("Eskom's negotiators", "CEDIB's director" are not).
_PLACE_OWNER = re.compile(caps(r"^[a-z][a-z-]+['’]s$"))
_OFFICES = frozenset("minister premier president governor mayor chancellor ambassador envoy diplomat negotiator".split())
#: "the mother of three", "a father of two": a parent's epithet, headed by the word before "of".
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather) of (?:two|three|four|five|six|seven|eight|"
                        r"nine|ten|\d{1,2})$", re.I)
_AGED = re.compile(r"^[Tt]he \d{1,3}-year-old\b")
#: A party epithet in place of a name: "the Oklahoma Republican", "the Connecticut Democrat", "the Democrat".
_EPITHET = re.compile(caps(r"^[Tt]he (?:[A-Z][\w.'’-]+\s+){0,3}(?:Republican|Democrat)$"))
def _role_words(words: list[str]) -> list[str]:
    """The words of a role mention without its article ("the deputy akim" -> ["deputy", "akim"])."""
    return [w.strip(",") for w in words if w not in ("the", "a", "an")]


def _role_in(role: list[str], alias: str) -> bool:
    """Every word of a nameless ``role`` is in the role phrase ``alias`` ("minister" in "Paraguay's foreign minister")."""
    have = alias.lower().replace("’s", " ").replace("'s", " ").split()
    return all(w in have for w in role)


def _one_person(word: str) -> bool:
    """A noun for a person ("mediator", "vice-minister"), not several ("commissioners") unless listed ("sources")."""
    return word in PERSON_NOUNS or (noun_kind(word) == "person" and (not word.endswith("s") or word.endswith("ss")))


def _names_nobody(ent: Entity, words: list[str], pos: int, *, described: bool, epithet: bool) -> bool:
    """A definite role just opened as an entity of its own, naming no one: "the mediator", "the 52-year-old",
    "Gibraltar's chief minister" ("the North Antrim MLA" is a role, not a name; an epithet may carry a place's
    name)."""
    owned = _PLACE_OWNER.match(words[0]) is not None and words[-1] in _OFFICES if words else False
    if words[:1] == ["the"] and any(w.endswith(("'s", "’s")) for w in words[1:-1]):
        return False  # "the prime minister's official spokesperson": whose role the text says, no anaphor
    return (len(words) >= 2 and (words[0] == "the" or owned) and (_one_person(words[-1].strip(",")) or described)
            and not (any(is_proper(n) and not role_name(n) for n in ent.names) and not epithet)
            and ent.first_seen == pos and len(ent.names) <= 1
            and not (words[-1] == "general" and words[-2] in ORG_WORDS))  # "the GCC Secretariat General": a body


#: What follows an unnamed source to say which one: "from a Baltic member state", "familiar with the talks", up to
#: the comma or the verb of its sentence.
_POST_MODIFIER = re.compile(
    r"[ \t]+(?:from|of|at|in|with|inside|close to|familiar with)[ \t]+[^,.;:\"“”\n]{2,60}?"
    r"(?=,|[ \t]+(?:who|which|that|saw|said|says|was|were|is|are|had|has|told|added|warned|took|sounded|spoke|"
    r"struck|put|did|does|went|offered|gave)\b)")


#: A capitalised word right before a role: the role's owner ("the TUC President").
_OWNER_WORD = caps(r"\b([A-Z][\w.&’'-]*)\s+")


def _other_holder(between: str, words: list[str], ent: Entity) -> bool:
    """Whether the words before the next sentence's person give the same role another owner: "the TUC President"
    before the person the next sentence names, for "The NLC President"."""
    mine = {w.strip(".,’'") for n in ent.names for w in n.split() if w[:1].isupper()}
    theirs = re.findall(_OWNER_WORD + re.escape(words[-1].strip(",")), between, re.I)
    return any(o[:1].isupper() and o.lower() not in ("the", "a", "an") and o not in mine for o in theirs)


#: "the Dzongdag", "the Thrompon": "the" and one capitalised word.
_THE_TITLE = re.compile(caps(r"[Tt]he\s+([A-Z][\w’'-]+)"))


def _title_before_name(word: str, name: str) -> bool:
    """``word`` stands in ``name`` before a person's name, with only capitalised words after it ("Dzongdag" of
    "Samdrup Jongkhar Dzongdag Dasho Kinley Penjor")."""
    words = name.split()
    if word not in words[:-2]:
        return False
    rest = words[words.index(word) + 1 :]
    return all(w[:1].isupper() for w in rest) and is_person_name(" ".join(rest[-2:]))


class RoleLookup:
    """Resolves a definite role found as a new entity (:meth:`definite_role`). Mixed into the resolver, which
    provides the attributes below."""

    entities: list[Entity]
    subjects: list[tuple[int, str]]
    introductions: list[tuple[int, str]]

    def _recent(self) -> list[Entity]:
        raise NotImplementedError

    def definite_role(self, ent: Entity, mention: str, pos: int, end: int, text: str) -> Entity:
        """A definite role that names nobody yet ("The veteran mediator, who ..., said"), found as a
        new entity, is the holder of a named body's office or a known person who opened a sentence since, then
        the person who opens the next sentence (cataphora: "... . Harold Beaudry was appointed ...") or else the
        person quoted just before (anaphora: "Ramón Echenique said ... . The lawyer, who ..., said"), in the order
        the module docstring gives. Indefinite sources ("a senior official") are neither.
        ``end`` is where the mention's sentence ends. Returns the entity the mention stands for."""
        holder = owned_role_holder(text, mention, pos) if ent.first_seen == pos and len(ent.names) <= 1 else None
        known = next((e for e in self.entities if e is not ent and e.matches(holder)), None) if holder else None
        if known is not None:  # "Oman Air's chief executive" after "Oman Air is led by its chief executive, X"
            return self._absorb(ent, known, pos)
        words = mention.lower().split()
        if _PARENT_OF.search(mention) or words[2:3] == ["of"] and noun_kind(words[1]) == "group":
            words = words[: words.index("of", 2)]  # "the mother of three", "the office of the Police Minister"
        aged = _AGED.match(mention) is not None  # "the 52-year-old", "The 34-year-old mother of five"
        epithet = _EPITHET.match(mention.strip()) is not None  # "the Oklahoma Republican": a person, not a name
        title = len(words) == 2 and noun_kind(words[1]) is None and titled(text, words[1], max(0, pos - 2000), pos)
        if not _names_nobody(ent, words, pos, described=aged or epithet or bool(title), epithet=epithet):
            return ent
        prev = next((e for e in self._recent() if e is not ent), None)
        # "A diplomat from a Baltic member state saw it differently. "...," the diplomat said": introduced in this
        # paragraph or the one before, so not the person the next paragraph names
        para = text.rfind("\n", 0, pos) + 1
        before = text.rfind("\n", 0, len(text[:para].rstrip())) + 1
        here = bool(indefinite_mention(text, words[-1].strip(","), before, pos))
        found = ((title and self._title_holder(ent, words, pos, text))  # "the garaad": who holds the title
                 or self._office_holder(ent, mention, pos)
                 or self._modifier_holder(ent, mention, pos, text)
                 or self._opened_known(ent, words, prev, pos, text)
                 or (here and self._introduced_source(ent, words, prev, pos, text))
                 or (not here and self._quoted_holder(ent, words, prev, pos, text))
                 or self._named_next(ent, words, end, text)
                 or (not here and self._introduced_source(ent, words, prev, pos, text))
                 or self._opened_person(ent, words, prev, pos, text, aged=aged, epithet=epithet)
                 or self._introduced_holder(ent, words, prev, pos, text, aged=aged)
                 or self._title_holder(ent, words, pos, text))
        if found is not None:
            return found
        if aged or epithet:  # only a person has an age (or a party): the one quoted or named last, in a role that fits
            prev = next((e for e in self._recent() if e is not ent and e.kind == "person"
                         and not role_clash(words[-1], e, text) and not age_clash(mention, e, text)),
                        None)  # "the 78-year-old union leader"; not "Lee Dong-min, 58" for "the 34-year-old"
            if epithet and prev is not None and not of_party(text, prev, mention.split()[-1], pos):
                prev = None  # "the Connecticut Democrat" after a Republican quoted: someone else
        if prev is not None and someone(prev, bare=len(words) == 2) and pos - prev.last_seen < 400 and ent.names:
            return self._absorb(ent, prev, pos)
        return ent

    def _office_holder(self, ent: Entity, mention: str, pos: int) -> Entity | None:
        """"The NLC President said" after "the President of the Nigeria Labour Congress, Comrade Adebayo Oyewole":
        the person known by that office of that body (its name or its acronym)."""
        owned = _OWNED_ROLE.match(mention.strip())
        if owned is None:
            return None
        owner, role = owned.group(1), owned.group(2).lower()
        for e in self._recent():
            for name in (*e.aliases, *e.names) if e is not ent and e.kind == "person" else ():
                office = re.search(rf"\b{role}\s+of\s+(?:the\s+)?(.+)$", name, re.I)
                if office and (acronym_of(owner, office.group(1)) or owner.lower() == office.group(1).lower()):
                    return self._absorb(ent, e, pos)
        return None

    def _modifier_holder(self, ent: Entity, mention: str, pos: int, text: str) -> Entity | None:
        """"The Cocobod chief said" after "Kwabena Asante-Mensah, chief executive of the Ghana Cocoa Board, known as
        Cocobod": the one person quoted before whose introduction (the rest of the sentence that first names them in
        full) has every proper word of the role."""
        mods = proper_modifiers(mention)
        if not mods or mention.split()[0].lower() != "the":
            return None
        hits = [e for e in self._recent() if e is not ent and e.kind == "person" and e.first_seen < pos
                and all(re.search(rf"\b{re.escape(m)}\b", introduction(text, e)) for m in mods)]
        return self._absorb(ent, hits[0], pos) if len(hits) == 1 else None

    def _quoted_holder(self, ent: Entity, words: list[str], prev: Entity | None, pos: int, text: str) -> Entity | None:
        """The person quoted just before, when the text gave them the role ("Paraguay's foreign minister, X, was
        less diplomatic. ... X said. The minister said he had asked ...": X, though the next sentence opens with
        Brazil's minister)."""
        role = _role_words(words)
        if prev is None or prev.kind != "person" or not role:
            return None
        full = [n for _, n in self.subjects if " " in n and any(n.endswith(" " + own) for own in prev.names)]
        named = Entity([*prev.names, *full], "person")  # "Villalba" quoted is "Ernesto Villalba" who opened a sentence
        held = any(_role_in(role, a) for a in (*prev.aliases, *appositions(text, named)))
        if held and any(_role_in(role, a) for p, n in self.subjects if prev.last_seen < p < pos and not prev.matches(n)
                        for a in appositions(text, Entity([n], "person"))):
            return None  # "Deputy Agriculture Minister X, who took the microphone third, ... . The deputy minister
            # said": X, who opened a sentence since with that role, not Iran's deputy energy minister quoted before
        return self._absorb(ent, prev, pos) if held else None

    def _named_next(self, ent: Entity, words: list[str], end: int, text: str) -> Entity | None:
        """Cataphora: the role is the proper name that opens the next sentence, unless that name is a place,
        someone already known, or comes after another role ("... the envoy told reporters. Burkina Faso's
        foreign minister, X,")."""
        nxt = next(((p, n) for p, n in self.subjects if end <= p <= end + 80 and is_proper(n) and not role_name(n)),
                   None)  # "... the official said. The Secretary added": a role names no one
        if nxt is None or place_key(nxt[1]) is not None or re.search(r"[.!?:]", text[end:nxt[0]]):
            return None  # not past a transcript's label: "... the official said. ANCHOR: Kerwin, when do we expect"
        if any(e.matches(nxt[1]) for e in self.entities if e is not ent) or any(
                w in ROLE_WORDS and w != words[-1] for w in LOWER_WORD.findall(text[end : nxt[0]].lower())):
            return None
        if _other_holder(text[end : nxt[0]], words, ent):
            return None  # "The NLC President lamented ... . On her part, the TUC President, Comrade X, said"
        holder = titled(text, words[-1].strip(","), max(0, ent.first_seen - 2000), ent.first_seen)
        if holder is not None and holder != nxt[1]:
            return None  # "Mayor Gail Thibodeau ... . '...,' the mayor said. Marc-André Lévesque, Northland's general
            # manager, told": the title's holder (:meth:`_title_holder`), not the next sentence's person
        if words[0] not in PAST_ROLE and PAST_ROLE & set(text[end : nxt[0]].lower().split()):
            return None  # "The minister said ... . Former transport minister X, who signed the 2016 agreement"
        ent.names.append(nxt[1])
        ent.kind = "person"
        return ent

    def _introduced_source(self, ent: Entity, words: list[str], prev: Entity | None, pos: int,
                           text: str) -> Entity | None:
        """"A European diplomat, speaking on condition of anonymity, ... . The diplomat said": the unnamed
        source introduced earlier, merged with the entity already quoted under that description if any
        ("A DfT spokesperson ... . the spokesperson said")."""
        intro = indefinite_mention(text, words[-1].strip(","), max(0, pos - 600, prev.last_seen if prev else 0), pos)
        if not intro or self._named_apposition(intro, text, pos):
            return None
        bare = intro.lower().split(None, 1)[-1]
        quoted = next((e for e in self._recent() if e is not ent and (e.canonical.lower().startswith(bare) or any(
            re.sub(r"^(?:an?|the) ", "", a.lower()) == bare for a in e.aliases))), None)
        if quoted is not None:
            return self._absorb(ent, quoted, pos)
        ent.aliases.extend(n for n in ent.names if n not in ent.aliases)
        whole = self._whole_subject(intro, text, pos)
        ent.names[:] = [re.sub(r"^[Aa]n?\s+", "", whole) if whole != intro else intro]
        return ent

    def _named_apposition(self, intro: str, text: str, pos: int) -> bool:
        """Whether the indefinite mention ``intro`` is the apposition of a person the text introduced by name ("led by
        Liqe Kahinat Gebremeskel Ayalew, a senior priest of ...": the later "the priest" is that person)."""
        at = text.rfind(intro, 0, pos)
        return any(text[p + len(n) : at].strip() == "," for p, n in self.introductions if p < at)

    @staticmethod
    def _whole_subject(intro: str, text: str, pos: int) -> str:
        """An indefinite mention with the phrase that says which one ("A diplomat from a Baltic member state" for
        "A diplomat"), when a verb or a comma follows that phrase; else the mention."""
        at = text.rfind(intro, 0, pos)
        m = _POST_MODIFIER.match(text, at + len(intro)) if at >= 0 else None
        return intro + m.group(0) if m is not None else intro

    def _opened_person(self, ent: Entity, words: list[str], prev: Entity | None, pos: int, text: str, *,
                       aged: bool, epithet: bool) -> Entity | None:
        """The person a sentence since the last quoted speaker opened with, not yet quoted ("Mr Abdullahi
        Yusuf, 41, teaches at a school in Kubwa. ... "...," the teacher said"); an aged role skips a person
        whose role clashes with it."""
        since = prev.last_seen if prev is not None else -1
        opened = [n for p, n in self.subjects if since < p < pos and pos - p < 600 and is_person_name(strip_name(n))
                  and not any(e.matches(strip_name(n)) for e in self.entities if e is not ent)
                  and not (aged and role_clash(words[-1], Entity([strip_name(n)], "person", aliases=[n]), text))]
        if not opened:
            return None
        if epithet:  # "the Connecticut Democrat" is Chris Murphy's description, not a name of his
            ent.aliases.extend(n for n in ent.names if n not in ent.aliases)
            ent.names.clear()
        ent.names.append(strip_name(opened[-1]))
        ent.kind = "person"
        return ent

    def _introduced_holder(self, ent: Entity, words: list[str], prev: Entity | None, pos: int,
                           text: str, *, aged: bool = False) -> Entity | None:
        """"The talks were brokered by Saule Abenova, deputy akim of Kostanay region, who chaired ... . "...," the
        deputy akim said": a person the text introduced in apposition with that role since the last quote (within 600
        characters), though no sentence opened with them, and not quoted before. An age fits whoever was introduced
        ("led by Musallam Al Kathiri, who has sold frankincense for 40 years. "...," the 63-year-old said")."""
        role = _role_words(words)
        since = prev.last_seen if prev is not None else -1
        for p, name in reversed(self.introductions):
            if not since < p < pos or pos - p >= 600 or any(e.matches(name) for e in self.entities if e is not ent):
                continue
            if aged or any(_role_in(role, a) for a in appositions(text, Entity([name], "person"))):
                ent.aliases.extend(n for n in ent.names if n not in ent.aliases)
                ent.names[:] = [name]
                ent.kind = "person"
                return ent
        return None

    def _opened_known(self, ent: Entity, words: list[str], prev: Entity | None, pos: int,
                      text: str) -> Entity | None:
        """A person quoted earlier, the last speaker included, who opened a sentence since that speaker's last quote
        ("Alcott, for his part, sounded confident. "...," the trade official said"; "Tesfaye was just as clear. "...,"
        the minister told reporters"), when the role fits them. Tried before cataphora: the minister is not
        "Egypt's minister, Hany Soliman" whom the next sentence introduces."""
        since = prev.last_seen if prev is not None else -1
        opened = [n for p, n in self.subjects if since < p < pos and pos - p < 300
                  and re.search(r"[.!?][\"”’']?\s", text[max(since, 0) : p])]  # a sentence after the last quote's
        if not opened:
            return None
        known = next((e for e in self._recent() if e is not ent and e.kind == "person"
                      and e.matches(strip_name(opened[-1])) and not role_clash(words[-1], e, text)), None)
        return self._absorb(ent, known, pos) if known is not None else None

    def _title_holder(self, ent: Entity, words: list[str], pos: int, text: str) -> Entity | None:
        """The person an earlier sentence gave the role as a title ("... is led by Lt. Gen. Saad al-Khafaji
        ... . "...," the general said"), merged with that person's entity when they are already known."""
        holder = titled(text, words[-1].strip(","), max(0, pos - 2000), pos)
        if holder is None:
            return None
        known = next((e for e in self.entities if e is not ent and e.matches(holder)), None)
        if known is not None:
            return self._absorb(ent, known, pos)
        ent.aliases.extend(n for n in ent.names if n not in ent.aliases)
        ent.names[:] = [holder]
        ent.kind = "person"
        return ent

    def _absorb(self, ent: Entity, into: Entity, pos: int) -> Entity:
        """``ent`` (a definite role just found) is ``into`` again: drop it, keep its name as an alias."""
        self.entities.remove(ent)
        into.aliases.append(ent.names[0])
        into.last_seen = pos
        return into

    def _titled(self, mention: str, pos: int) -> Entity | None:
        """"the Dzongdag said" after "Samdrup Jongkhar Dzongdag Dasho Kinley Penjor ... called": a title the lexicon
        does not know, which the text wrote capitalised right before one person's name (with other capitalised words
        between at most), and now as "the" + title. The one person quoted within 2,000 characters whose name has it."""
        m = _THE_TITLE.fullmatch(mention.strip())
        if m is None:
            return None
        word = m.group(1)
        if noun_kind(word.lower()) is not None or place_key(word) is not None or any(
                word in e.names for e in self.entities):
            return None
        holders = [e for e in self._recent() if pos - e.last_seen < 2000 and any(
            _title_before_name(word, n) for n in e.names + e.aliases)]
        if len(holders) != 1:
            return None
        holder = holders[0]
        if mention.strip() not in holder.aliases:
            holder.aliases.append(mention.strip())
        holder.last_seen = pos
        return holder
