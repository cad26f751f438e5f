"""Whether a mention can be an entity's: a nameless role against a named holder's title ("the fisheries minister"
/ "British Fisheries Minister Alan Hart"), two mentions of one role for different owners ("Indiana governor" /
"New Mexico governor"), a bare title that identifies nobody, and the kind of speaker a mention names. Pure string tests
used by :class:`stance.resolve.Resolver`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stance.body_fit import head_word
from stance.descriptions import describes_group
from stance.entities import Entity
from stance.name_runs import COURTESY
from stance.names import DOC_NOUNS, GROUP_NOUNS, PAST_ROLE, PORTFOLIO_WORDS, noun_kind, without_possessives
from stance.places import place_key
from stance.pronouns import someone
from stance.role_text import proper_modifiers, without_article
from stance.speakers import after_body_kind, is_person_name, is_proper, speaker_kind, surname_form


def lone_surname(ent: Entity, name: str) -> bool:
    """An entity known so far only by one capitalised word and no place ("Rajeevan" said), which
    :func:`speaker_kind` reads as a group, now given a person's name: a person."""
    return ent.kind == "group" and ent.key is None and all(" " not in n for n in ent.names if n != name)


def role_head(mention: str) -> str:
    """The role noun of a determiner-led nominal ("the engineer", "an irrigation engineer" -> "engineer")."""
    words = mention.lower().split()
    if len(words) < 2 or words[0] not in ("the", "a", "an", "its", "their") or len(words) > 5:
        return ""
    head = words[-1].strip(",.")
    return head if head.isalpha() and head not in GROUP_NOUNS else ""


def the_source(recent: Sequence[Entity], text: str, pos: int, modifier: str | None = None) -> Entity | None:
    """The unnamed person "the source" at ``pos`` stands for: the speaker seen last (``recent`` comes latest first),
    when an unnamed person described by a role or a trade ("One senior GAA figure with knowledge of the talks") and
    no other source was described since ("A Chinese industry source ... was more cautious"). "The union source"
    (``modifier`` "union") is only one whose description has that word ("A member of the union delegation")."""
    last = next(iter(recent), None)
    head = head_word(last.canonical) if last is not None else ""
    if last is None or last.kind != "nominal" or not (noun_kind(head) == "person" or head == "figure"):
        return None
    if modifier is not None and modifier not in " ".join(last.names + last.aliases).lower().split():
        return None
    near = 0 <= pos - last.last_seen < 800 and "source" not in text[last.last_seen : pos].lower()
    return last if near and head != "source" else None


def nominal_head(name: str) -> str:
    """The last word of a short common-noun name ("crane operator" -> "operator"); "" for proper names."""
    words = name.lower().split()
    return words[-1].strip(",.") if 0 < len(words) <= 5 and not is_proper(name) else ""


def role_fits(words: list[str], alias: str, owned: bool = False) -> bool:
    """Whether a nameless role (its lower-case ``words``) is the role phrase ``alias`` of a named person: every
    word occurs in it, a country also as its adjective ("Britain's ..." / "British Fisheries Minister"). With
    ``owned`` (the text wrote the country as the role's owner, "Britain's fisheries minister") a country the alias
    does not name may stay unsaid ("Fisheries Minister Alan Hart"); one it contradicts may not ("Norwegian
    Fisheries Minister Kari Lund"), and "a U.S. negotiator" is nobody's "lead negotiator"."""
    have = surname_form(alias).replace("’", "'").replace("'s", " ").split()
    if have and have[0].lower() in PAST_ROLE and not (words and words[0] in PAST_ROLE):
        return False  # "the minister" is no "Former transport minister Rosli Kamarudin"
    places = {place_key(w) for w in have} - {None}
    for w in words:
        key = place_key(w)
        if w not in have and not (key is not None and (key in places or (owned and not places))):
            return False
    return True


def country_owns(text: str, words: list[str]) -> bool:
    """Whether the text writes the role ``words`` as a country's, with more words after it: "Britain's
    fisheries minister"."""
    country = re.sub(r"['’]s$", "", words[0]) if words else ""  # "moldova's energy minister"
    if len(words) < 3 or place_key(country) is None:
        return False
    pattern = re.escape(country) + r"['’]s\s+" + r"\s+".join(re.escape(w) for w in words[1:]) + r"\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def lower_modifiers(mention: str) -> list[str]:
    """:func:`stance.role_text.proper_modifiers`, lower-cased: "the Saudi statement" -> ["saudi"]."""
    return [w.lower() for w in proper_modifiers(mention)]


def other_owner(name: str, other: str) -> bool:
    """Two mentions of one role whose proper modifiers differ ("Indiana governor", "New Mexico governor"), or whose
    common-noun modifiers do ("the union president" after "board president")."""
    mine, theirs = set(lower_modifiers(name)), set(lower_modifiers(other))
    return bool(mine and theirs and not mine & theirs) or _other_kind(name, other)


def _other_kind(name: str, other: str) -> bool:
    """"the union president" and "board president": one head, each with one modifier word of its own that the other
    lacks (a noun for the body the role belongs to)."""
    mine, theirs = without_article(name), other.split()
    if len(mine) != 2 or len(theirs) != 2 or mine[-1].lower() != theirs[-1].lower():
        return False
    a, b = mine[0], theirs[0]
    if a.isupper() or b.isupper():  # "IPG president" may be "the guild president": an acronym names any body
        return False
    return a.lower() != b.lower() and a.isalpha() and b.isalpha() and noun_kind(a.lower()) != "person"


def other_portfolio(name: str, other: str) -> bool:
    """"the Armenian foreign ministry" is not "the Ministry of Internal Affairs": the portfolio before the head is
    not in the other's name, which names its own after "of"."""
    words = without_article(name)
    own = words[-2].lower() if len(words) >= 2 else ""
    return own in PORTFOLIO_WORDS and " of " in f" {other.lower()} " and own not in other.lower().split()


def other_body(name: str, ent: Entity) -> bool:
    """A generic body's mention that is not ``ent``: another portfolio (:func:`other_portfolio`), or an acronym before
    the head that none of its names has ("The RMT union" is not CTT quoted last; "the Houthi group", "the
    Nasdaq-listed company" may be the body quoted last)."""
    mods = [m for m in proper_modifiers(name) if m.isupper() and m.isalpha() and len(m) >= 2]
    return other_portfolio(name, ent.canonical) or (
        bool(mods) and not all(any(m in n for n in (*ent.names, *ent.aliases)) for m in mods))


def telling(alias: str, name: str) -> bool:
    """Whether ``alias`` can identify the speaker named ``name``: a bare title ("Chief", "President") is
    shared by everyone who holds it, so it identifies nobody who has a full name of their own."""
    return len(alias.split()) > 1 or not (is_proper(name) and " " in name.strip())


def named_otherwise(ent: Entity, name: str) -> bool:
    """``ent`` is a person with a full name other than ``name``, itself a full name: "Education Minister Lorna Ewasiuk"
    is not "Education Minister Douglas Rennick" quoted before, though they share the title."""
    return is_person_name(name) and any(is_person_name(n) and n != name for n in ent.names)


def mention_kind(head: str, name: str, aliases: Sequence[str], key: str | None) -> str:
    """The kind of speaker a mention names: :func:`speaker_kind` of its name, corrected by what the mention says."""
    kind = "group" if key else speaker_kind(name)
    if kind == "person" and after_body_kind(head, name):
        kind = "group"  # "The Gabonese conservation group Océans Gabon said"
    if kind == "group" and COURTESY.match(head.strip()):
        kind = "person"  # "Mr. Rajeevan said": a person, though a lone surname reads like a place
    if kind == "person" and any(describes_group(a) for a in aliases):
        kind = "group"  # "Kataib Hezbollah, the most powerful of the Iran-aligned militias"
    if kind == "group" and key is None and " " not in name and any(_AGED.search(a) for a in aliases):
        kind = "person"  # "Yessenia, a 41-year-old machine operator": a first name, and she
    return kind


_AGED = re.compile(r"\b\d{1,3}-year-old\b")


def document_issuer(recent: Sequence[Entity], name: str, head: str, pos: int) -> Entity | None:
    """"according to the Saudi statement": among the entities quoted (``recent``, latest first), the body the
    document's proper modifier names ("The Saudi Ministry of Foreign Affairs said in a statement ..."; policy 4)."""
    mods = lower_modifiers(name)
    if head not in DOC_NOUNS or not mods:
        return None
    return next((e for e in recent if e.kind == "group" and pos - e.last_seen < 6000
                 and all(m in e.canonical.lower().split() for m in mods)), None)


def named_next_paragraph(role: Entity, people: Sequence[Entity], entities: Sequence[Entity], text: str,
                         placed: dict[int, list[str]]) -> Entity | None:
    """The person wire copy names in the paragraph after the lede that quotes a nameless role: "Mozambique’s finance
    minister said on Thursday ... .\n\nSpeaking at a news conference ..., Ernesto Mabunda Cossa said ...". The role is
    the article's first speaker; the person is its first named one, the first speaker of the paragraph after one that
    names the role, with no role of their own in the text."""
    name = role.names[0].lower()
    if role.kind != "nominal" or any(0 <= e.first_seen < role.first_seen for e in entities) or _UNNAMED.match(
            text, max(role.first_seen, 0)) or name.split()[-1].startswith("spokes"):
        return None  # only the article's first speaker, a known role: not "A ministry spokesperson" (policy 3)
    person = min((e for e in people if is_person_name(e.canonical)), key=lambda e: e.first_seen,
                 default=None)  # and only its first named person
    if person is None or person.first_seen <= role.first_seen:
        return None
    leads = _leads(name, [*person.aliases, *placed[id(person)]])
    if placed[id(person)] and not leads:
        return None
    start = text.rfind("\n", 0, person.first_seen) + 1
    back = 3 if leads else 2  # a head of the body may come after two paragraphs of background
    region = next((b for a, b in _paragraphs_before(text, start, back) if name in without_possessives(text[a:b]).lower()),
                  None)
    if region is None or any(region < e.first_seen < person.first_seen and someone(e, bare=True)
                             for e in entities if e is not person and e is not role):
        return None  # the paragraph before, or the one before that: "... its leader said on Friday ... .\n\nThe union
        # is seeking ... .\n\n"...," SUNTRACS Secretary General X told reporters"
    return None if not leads and any(noun_kind(w) == "person" for a in person.aliases for w in a.lower().split()) else person


def _paragraphs_before(text: str, start: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` non-empty paragraphs that end before ``start``, the nearest first."""
    out, end = [], start
    while len(out) < count and end > 0:
        end = len(text[:end].rstrip())
        a = text.rfind("\n", 0, end) + 1
        if text[a:end].strip():
            out.append((a, end))
        end = a
    return out


#: A lede's role that any head of the body may hold ("its leader", "CP's chief executive", "the alliance's chief
#: negotiator"), and the words of a role or description that make someone its head.
_LEAD_HEADS = frozenset("leader chief head executive negotiator boss".split())
_LEADING = re.compile(r"(?i)\b(?:leader|leads|led|head|heads|chief|president|chair|chairman|chairwoman|secretary[- ]general|"
                      r"general secretary|director|executive|negotiat\w*)\b")


def _leads(role: str, person_roles: list[str]) -> bool:
    """Whether a lede's role of leadership ("its leader") fits a person whose roles say they head or speak for the
    body ("SUNTRACS Secretary General", "who leads PH's negotiating team")."""
    return role.split()[-1] in _LEAD_HEADS and any(_LEADING.search(r) for r in person_roles)


#: A mention that introduces someone unnamed: "A ministry spokesperson", "One official", "Some analysts".
_UNNAMED = re.compile(r"(?i)(?:an?|one|some)\s")
