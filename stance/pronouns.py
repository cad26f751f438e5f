"""Pronoun sources ("he", "she", "it", "they", "one of them") -> the entity they stand for.

:class:`PronounLookup` is the part of :class:`stance.resolve.Resolver` that answers it, mixed in as
:class:`stance.bodies.BodyLookup` is. It reads the resolver's ``entities`` and what the article named before any
attribution (``subjects``, ``documents``, ``bodies``, ``introductions``, ``recent_people``) and calls back its
``resolve()``, ``_recent()`` and (from :class:`~stance.bodies.BodyLookup`) ``_named_entity()``,
``_last_quoted()`` and ``_bodies_named_between()``.
"""

from __future__ import annotations

import re

from stance.body_fit import head_word, head_words
from stance.descriptions import owner_pronoun
from stance.entities import Entity
from stance.names import ACRONYM, AGE_NOUN, ORGISH, caps, is_trade_noun, noun_kind
from stance.places import is_landform
from stance.speakers import PRONOUNS, is_person_name, is_proper, strip_name

_COUNT = frozenset("two three four five six several some many other senior".split())
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


_POSSESSED = re.compile(r"^(his|her) (office|spokes(?:man|woman|person))$")


#: A sentence's end: not the full stop of a courtesy title ("Ms. Sandhu, speaking to reporters ...").
_SENTENCE_END = re.compile(r"(?<!\bMs)(?<!\bMr)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
                           r"[.!?][\"”’']?\s|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". ", "? ", "! " or line break before it."""
    return max(text.rfind(c, 0, pos) for c in (". ", "\n", "? ", "! ")) + 1


#: A name that opens its sentence as the owner of what follows: "Uzauto Motors' total debt".
_OPENING_OWNER = re.compile(caps(r"\s*([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4})(?:['’]s|s['’]|['’])\s"))


def someone(e: Entity, bare: bool) -> bool:
    """A person, or, for a bare definite ("the person", "the pilot", not "the Saudi delegate"), an
    unnamed one: "A person present at the meeting", "A former first officer now flying A320s"."""
    if e.kind == "person":
        return True
    words = head_words(e.canonical)
    return bare and e.kind == "nominal" and (any(noun_kind(w) == "person" and not w.endswith("s") for w in words) or (
        bool(words) and is_trade_noun(words[-1]) and noun_kind(words[-1]) is None  # "One processor who ...": he
        and words[-1].endswith(("er", "or"))) or (bool(words) and AGE_NOUN.fullmatch(words[-1]) is not None))


_SPOKES = frozenset("spokesperson spokesman spokeswoman".split())


def plural_name(name: str) -> bool:
    words = name.lower().split()
    counted = len(words) >= 2 and (words[0] in _COUNT or words[0].isdigit())
    head = head_word(name)  # "people familiar with the matter" -> "people"
    return counted and (words[1].endswith("s") or words[1] in ("people", "men", "women")) or (
        bool(words) and words[-1] in ("sources", "officials", "diplomats", "people")) or head in _PLURAL_HEADS


_PLURAL_HEADS = frozenset("people sources officials diplomats negotiators analysts".split())


def _organisation(ent: Entity) -> bool:
    """An entity whose name says it is an organisation ("National Commission on Human Rights", "the ANC")."""
    words = [w for n in ent.names for w in n.split()]
    return ent.kind == "group" and any(w.lower() in ORGISH or ACRONYM.match(w) for w in words)


#: A mention that brings in someone new ("A senior officer at police headquarters"), where "The president of the
#: union" after "Gareth Llewellyn has spent ..." is more likely the person just named.
_OPENING_BODY = re.compile(caps(r"\s*The ([a-z]+)\s+(?=[“\"]|[a-z]+s\b)"))
_INDEFINITE = re.compile(r"(?:A|An|One|Another)\s", re.I)


#: Asking someone by name: "asked Lianos", "pressed Foreign Minister Stavros Lianos".
_ASKED = re.compile(caps(r"[^.;:\"“”\n]{0,60}?[ \t]+(?:asked|questioned|pressed|challenged)[ \t]+((?:[A-Z][\w’'.-]+[ \t]+){0,3}"
                    r"[A-Z][\w’'-]+)\b(?![ \t]+(?:[A-Z]|not[ \t]+to\b))"))  # "who asked CBC News not to use her name": nobody answers


#: The writer meeting someone since the last speaker: "We spoke to Kervella, 54, ... . Before we began she warned".
_WE_SPOKE = re.compile(caps(r"\b(?:We|I)[ \t]+(?:spoke|talked)[ \t]+(?:to|with)[ \t]+((?:[A-Z][\w’'.-]+[ \t]+){0,3}[A-Z][\w’'-]+)\b"))




class PronounLookup:
    """Finds the entity a pronoun source stands for (mixed into the resolver)."""

    entities: list[Entity]
    subjects: list[tuple[int, str]]
    documents: list[tuple[int, str]]
    bodies: list[tuple[int, str, str | None]]
    introductions: list[tuple[int, str]]
    recent_people: list[tuple[int, str]]
    text: str

    def resolve(self, mention: str, pos: int, *, continuing: bool = False) -> Entity | None:
        raise NotImplementedError

    def _recent(self) -> list[Entity]:
        raise NotImplementedError

    def _plural(self, pos: int) -> Entity | None:
        """"one of them": the last speaker named in the plural ("two diplomats", "officials")."""
        for ent in self._recent():
            if pos - ent.last_seen < 1500 and plural_name(ent.canonical):
                return ent
        return None

    def _pronoun(self, low: str, pos: int, continuing: bool = False,
                 content: tuple[int, int] | None = None) -> Entity | None:
        """The entity a pronoun source ("he", "she", "it", "they") stands for, or None. In order: the
        subject that opened a sentence since the last speaker (:meth:`_opened_since`); a person named
        since a speaker known only by one word; the last speaker of the right kind and gender; a
        person named shortly before."""
        want, gender = PRONOUNS[low], _GENDER.get(low)
        if want not in ("person", "group"):
            return None
        last = next((e for e in self._recent() if pos - e.last_seen < 1500 and e.gender in (None, gender) and (
            e.kind == want or (low == "they" and plural_name(e.canonical))
            or (want == "person" and low != "they" and (someone(e, bare=True) or self._voice(e, pos))))), None)
        if low == "it" and (last is None or pos - last.last_seen > 400) and (body := self._sentence_body(pos)):
            return body  # 'The department "does not comment on valuations", it added.' (no body quoted just before)
        if low == "it":
            same = self._same_sentence_name(pos)
            if same is not None and (last is None or same.last_seen > last.last_seen):
                same.kind = "group"  # "Lyft said ..., but it called ...": a one-word name that is "it" is a body
                return same
        if not continuing and (want == "person" or low == "it"):
            ent = self._opened_since(low, gender, pos, last.last_seen if last is not None else -1, content)
            if ent is not None:
                return ent
        if last is not None and want == "person" and not any(" " in n for n in last.names):
            ent = self._named_since(last, gender, pos)
            if ent is not None:
                return ent
        if last is not None and want == "person":
            asked = self._addressed(last, pos)
            ent = self.resolve(asked.group(1), asked.start(1)) if asked is not None else None
            if ent is not None and ent is not last and ent.gender in (None, gender):
                ent.gender, ent.last_seen = gender, pos
                return ent
        if last is not None:
            last.gender = gender if last.kind != "group" else last.gender  # the body stays "it"
            return last
        return self._named_before(gender, pos) if want == "person" else None

    def _voice(self, e: Entity, pos: int) -> bool:
        """A body last heard through its unnamed spokesperson, with nobody named since ("A WRC spokesperson said
        ... . She added"): "she" is the spokesperson, who speaks for the body (policy 3)."""
        words = re.sub(r"^(?:an?|the) ", "", e.aliases[-1].lower()).split() if e.aliases else []
        if e.kind != "group" or not words or not (words[-1] in _SPOKES or words[0] in _SPOKES):
            return False  # "A WRC spokesperson", "A spokesman for the Fishing Association"
        return pos - e.last_seen < 400 and not any(e.last_seen < p < pos and not e.matches(n) for p, n in self.recent_people)

    def _sentence_body(self, pos: int) -> Entity | None:
        """The body that "the department", "the union" (a definite body noun opening the sentence of ``pos``, right
        before a quote or a verb) stands for: 'The department "does not comment on valuations", it added.'"""
        start = _sentence_start(self.text, pos)
        m = _OPENING_BODY.match(self.text, start)
        if m is None and start > 1 and self.text[start - 1] == ".":  # "The ministry was more guarded. In a
            m = _OPENING_BODY.match(self.text, _sentence_start(self.text, start - 1))  # statement, it said"
        if m is None or m.end() > pos or noun_kind(m.group(1).lower()) != "group":
            return None
        return self._org_for(m.group(1).lower(), pos)

    def _possessed(self, low: str, mention: str, pos: int) -> Entity | None:
        """"His spokesman said": an unnamed voice of the person (policy 3); "his office": the office (policy 2)."""
        owned = _POSSESSED.match(low)
        owner = self._pronoun(owner_pronoun(owned.group(1)), pos) if owned else None
        if owner is None or owner.kind != "person" or not any(is_proper(n) for n in owner.names):
            return None
        if owned.group(2) != "office":
            return self._speaks_for(owner, mention.strip(), pos)
        return self._office_of(owner, mention.strip(), pos)

    def _body_in_sentence(self, pos: int) -> Entity | None:
        """The body (no person) named earliest in the sentence of ``pos`` before it: "Uzauto Motors' total debt stood
        at $1.4 billion, according to its annual report"."""
        start = _sentence_start(self.text, pos)
        named = [(self.text.find(n, start, pos), e) for e in self.entities if e.kind != "person" for n in e.names]
        found = min(((at, e) for at, e in named if at >= 0), key=lambda x: x[0], default=(0, None))[1]
        owner = _OPENING_OWNER.match(self.text, start, pos) if found is None else None
        return self.resolve(owner.group(1), owner.start(1)) if owner is not None else found

    def _same_sentence_name(self, pos: int) -> Entity | None:
        """The entity named by one word that is no person's name ("Lyft", "Ryanair") earlier in the sentence of
        ``pos``, with no gender: "it" there stands for it, whatever kind its bare name was given."""
        ent = next((e for e in self._recent() if e.last_seen < pos), None)
        if ent is None or ent.gender is not None or ent.kind != "person" or pos - ent.last_seen > 300:
            return None
        if len(ent.names) != 1 or len(ent.names[0].split()) != 1 or not is_proper(ent.names[0]):
            return None
        between = self.text[ent.last_seen : pos]
        return None if re.search(r"[.!?]\s|\n", between) else ent

    def _opened_since(self, low: str, gender: str | None, pos: int, seen: int,
                      content: tuple[int, int] | None = None) -> Entity | None:
        """The subject of a sentence after ``seen`` and before ``pos``: a person who opened one (a named
        one first, else a role: "The finance secretary has just spoken ... . She says"), a person
        introduced in apposition, or for "it" a document or a body that opened one."""
        if low == "it":
            subject = next(((p, n) for p, n in reversed(self.documents) if seen < p < pos and pos - p < 600), None)
            # "The federation Gesamtmetall was less accommodating. In a statement, it said"
            # not a body named inside the name of the one just quoted ("Ministry of Environment" of "The Ministry of
            # Environment, Water and Agriculture's branch in Taif said ... . It said")
            last = next(iter(self._recent()), None)
            body = next((b for b in self._bodies_named_between(max(seen, self._last_quoted(pos)), pos, 600)
                         if last is None or not any(b[1] in n and b[1] != n for n in last.names)), None)
            if body is not None and (subject is None or body[0] > subject[0]):
                return self._named_entity(*body, pos)
        else:
            recent = [(p, n) for p, n in reversed(self.subjects) if seen < p < pos and pos - p < 600
                      and not (content is not None and content[0] <= p < content[1])]  # not the content's own subject
            subject = next(((p, n) for p, n in recent if is_proper(n)), None)
            if subject is None or (recent[0] != subject and _INDEFINITE.match(recent[0][1])
                                   and self._sentence_between(subject[0], recent[0][0])):
                subject = next(iter(recent), None)  # "Kakas said ... . A senior officer ... was blunter. ..., he said"
            # "The talks are being mediated by Halima Abubakar Sule, a former ... minister. She said"
            intro = next(((p, n) for p, n in reversed(self.introductions) if seen < p < pos and pos - p < 400
                          and not any(e.matches(n) for e in self.entities)
                          and (seen < 0 or self._sentence_between(seen, p))), None)  # not a name inside the
            # last speaker's own sentence ("Yoon ... told a briefing that ... led by Park Jae-seong, the ... . She")
            if intro is not None and (subject is None or intro[0] > subject[0]):
                subject = intro
        if subject is None:
            return None
        if low == "it":
            quoted = self._document_quoted_at(subject, pos)
            if quoted is not None:  # "A draft term sheet ... proposes that ... . It calls the arrangement"
                quoted.last_seen = pos
                return quoted
        subject = self._asked(subject)
        ent = self.resolve(subject[1], subject[0])
        if ent is None or ent.gender not in (None, gender) or (gender is not None and _organisation(ent)):
            return None  # "she" is never the commission whose report opened a sentence
        ent.gender = gender
        ent.last_seen = pos
        return ent

    def _document_quoted_at(self, subject: tuple[int, str], pos: int) -> Entity | None:
        """The document already quoted from the sentence that ``subject`` (a document noun phrase, "A draft") opens:
        the "draft term sheet" its whole subject named, not a second document "draft"."""
        at, phrase = subject
        noun = phrase.split()[-1].lower()
        end = self.text.find(".", at)
        return next((e for e in self._recent() if e.kind != "person" and at <= e.last_seen < min(pos, end if end > 0 else pos)
                     and any(noun in n.lower().split() for n in e.names)), None)

    def _addressed(self, last: Entity, pos: int) -> re.Match | None:
        """The name of the person the text turns to after ``last`` was seen and before ``pos``: the one a nameless
        asker asked ("A Greek reporter asked Lianos ... . he replied"), else the last one the writer spoke to ("We
        spoke to Kervella, 54, ... . Before we began she warned"); None for neither."""
        if not is_proper(last.canonical) and (asked := _ASKED.match(self.text, last.last_seen, pos)) is not None:
            return asked
        spoken = list(_WE_SPOKE.finditer(self.text, last.last_seen, pos))
        return spoken[-1] if spoken else None

    def _asked(self, subject: tuple[int, str]) -> tuple[int, str]:
        """"A Greek reporter asked Lianos when ... . "...," he replied": the one asked answers, when the asker is
        no one by name (a reporter, the audience); else ``subject`` itself."""
        pos, name = subject
        if is_proper(name):
            return subject
        m = _ASKED.match(self.text, pos)
        return (m.start(1), m.group(1)) if m is not None else subject

    def _sentence_between(self, a: int, b: int) -> bool:
        """A sentence ends between the positions ``a`` and ``b`` of the text."""
        return _SENTENCE_END.search(self.text[a:b]) is not None

    def _named_since(self, last: Entity, gender: str | None, pos: int) -> Entity | None:
        """A person named in full after a speaker known by one word ("Hamas accused ... . Among those at
        the rally was Noa Ben-Ami ... . 'We have heard ...,' she said")."""
        newer = [(p, n) for p, n in self.recent_people if last.last_seen < p < pos and pos - p < 800
                 and is_person_name(strip_name(n) or n) and not any(e.matches(n) for e in self.entities)
                 and self._sentence_between(last.last_seen, p)]  # not a name in the speaker's own sentence
        # ("Ferrante said the offer would hurt towns such as Kerang and Pyramid Hill. "...," he said")
        if not newer:
            return None
        ent = self.resolve(newer[-1][1], newer[-1][0])
        if ent is not None:
            ent.gender, ent.last_seen = gender, pos
        return ent

    def _modifies_body(self, at: int, name: str) -> bool:
        """``name`` at ``at`` runs into a lower-case body noun: "the Social Democratic party", "the Sinn Féin
        leadership"."""
        rest = self.text[at + len(name) : at + len(name) + 30].split()
        return bool(rest) and rest[0].islower() and noun_kind(rest[0].strip(",.;:")) == "group"

    def _named_before(self, gender: str | None, pos: int) -> Entity | None:
        """With no speaker yet: the person named most recently before ``pos`` (within 800 characters); a name that
        modifies a body noun is nobody ("the Social Democratic party": the party's)."""
        for p, name in reversed(self.recent_people):
            if p < pos and pos - p < 800 and not is_landform(name) and not self._modifies_body(p, name) and (
                    noun_kind(name.split()[-1]) != "group"):  # "he" is no "Supreme Council"
                ent = self.resolve(name, p)
                if ent is not None and ent.gender in (None, gender):
                    ent.gender = gender
                    return ent
        return None
