"""How an organisation's name fits a noun the text uses for it ("the union", "the company", "the group") and when
two written names are the same body: pure string code for :mod:`stance.bodies`."""

from __future__ import annotations

import re

from stance.entities import Entity
from stance.names import (
    ACRONYM,
    COMPANY_WORDS,
    GROUP_NOUNS,
    LEGAL_FORMS,
    PARTY_WORDS,
    noun_kind,
    without_possessives,
)
from stance.places import place_key
from stance.speakers import is_proper, surname_form

#: Nouns that "the group", "the organisation" use for an organisation named before.
GENERIC_ORGS = frozenset("group organisation organization body coalition alliance association federation "
                         "union agency company firm authority guild party ministry commission council committee "
                         "movement front club league airline carrier government administration board embassy district "
                         "confederation department city".split())
#: Words of union names that lack the word "union" ("Teamsters Local 455", "Writers Guild of America").
_UNION_WORDS = frozenset("local teamsters workers brotherhood guild federation confederation association "
                         "syndicate unite unison".split())
_CLUB_WORDS = frozenset("fc cf sc afc club united city rovers athletic athletico sporting".split())
#: The head nouns that say a name is some body's: "Swiss Federal Office of Energy" is no "company" for its "Energy".
_BODY_HEADS = GENERIC_ORGS | frozenset("office bureau directorate institute secretariat chamber tribunal".split())
_NAMED_ONLY = frozenset("ministry commission council committee city".split())
ANY_BODY = frozenset("group organisation organization body".split())
ANY_FIRM = frozenset("company firm airline carrier".split())
#: Words in a name that make it fit "the union", "the club", "the party", "the company" / "the firm", "the group".
_NAME_WORDS = {"union": _UNION_WORDS, "club": _CLUB_WORDS, "party": PARTY_WORDS, **dict.fromkeys(ANY_FIRM, COMPANY_WORDS),
               **dict.fromkeys(ANY_BODY, GROUP_NOUNS)}

_POST_HEAD = re.compile(r"\s(?:from|of|for|with|in|on|at|to|by|who|which|that|familiar|close)\s.*$", re.I)


def head_words(name: str) -> list[str]:
    """The words of a name before its modifiers: "joint statement from the union" -> ["joint", "statement"],
    so that "the union" is not taken for the statement."""
    return _POST_HEAD.sub("", " " + name.lower()).split()


def head_word(name: str) -> str:
    """The last of :func:`head_words` ("person close to the company" -> "person"), "" for none."""
    return (head_words(name) or [""])[-1]


def fit(head: str, name: str, kind: str) -> int:
    """How well "the ``head``" can stand for the organisation ``name``: 2 when the name says so (it has
    that noun, a union's or a company's word, or is an acronym of a group, union, agency or party), 1 for
    "the group" / "the company" and any other proper name of a body (``kind`` "group", or "named" for one
    the text names but never quotes), 0 when it cannot ("the foreign ministry" is no "JNIM", "the company" no
    "National Samsung Electronics Union": a name headed by another organisation noun)."""
    words = surname_form(name).split()
    if headed_otherwise(head, name):
        return 0  # "the company" is no "National Samsung Electronics Union", whatever its other words
    if head in ANY_FIRM and words and not is_proper(name) and noun_kind(words[-1]) == "person":
        return 0  # nor is it "Moldova's energy minister", a person's role
    if head in ANY_FIRM and place_key(name):
        return 0  # nor "Quito", a government by its capital
    if head == "union" and any(w.lower().startswith("employer") for w in words):
        return 0  # "the employers' federation" sits across the table from "the union"
    if head in words or any(w in _NAME_WORDS.get(head, ()) and (w != "local" or "Local" in name.split()) for w in words):
        return 2  # a union's "Local" is capitalised: "Teamsters Local 455", not "operators on the local islands"
    if ACRONYM.match(name):
        return 0 if head in _NAMED_ONLY else 1 if head in ANY_FIRM else 2
    generic = head in ANY_FIRM | ANY_BODY and is_proper(name) and (
        not any(w in GROUP_NOUNS for w in words) or _firm_group(head, name))
    return 1 if generic and (kind == "group" or (kind == "named" and head in ANY_BODY)) else 0


def _firm_group(head: str, name: str) -> bool:
    """"Skoda Group", "Tata Group": a business group, which "the company" may stand for when no other body fits."""
    words = name.split()
    return head in ANY_FIRM and len(words) >= 2 and words[-1] == "Group" and not any(
        w.lower() in GROUP_NOUNS or w.lower() in _BODY_HEADS for w in words[:-1])


def headed_otherwise(head: str, name: str) -> bool:
    """The name's own head noun is another organisation's ("Union" in "National Samsung Electronics Union"
    for "the company"); "the group" / "the body" fit any."""
    own = head_words(surname_form(name))[-1:]
    return bool(own) and own[0] in _BODY_HEADS and own[0] != head and head not in ANY_BODY and (
        own[0] not in _NAME_WORDS.get(head, ())) and not _firm_group(head, name)


_PLACING = frozenset("at for in with from to by on near inside outside".split())


def described_name(longer: str, name: str) -> bool:
    """``longer`` is ``name`` after lower-case words that describe it ("the press service of Russian Railways",
    "main opposition Republican People's Party", possessives dropped as entity names drop them)."""
    longer, name = without_possessives(longer), without_possessives(name)
    head = longer[: -len(name)].split() if longer.endswith(" " + name) else []
    if not head or not head[-1].islower() or head[-1] in _PLACING:
        return False  # not "Workers at Ridgeway Motors"
    return head[-1] != "of" or (len(head) >= 2 and noun_kind(head[-2]) != "person")  # not "members of the union"


def short_name(short: str, name: str) -> bool:
    """``short`` is ``name`` without the words that say it is a company ("Korek" of "Korek Telecom", "Condor Ridge"
    of "Condor Ridge Metals")."""
    rest = name[len(short) + 1:].split() if name.startswith(short + " ") else []
    return bool(rest) and all(w.lower().rstrip(".") in COMPANY_WORDS for w in rest)


_FIRM_FORMS = LEGAL_FORMS | {"inc", "corp", "ltd", "llc", "plc", "co", "gmbh", "ag"}


def firm_short_name(short: str, name: str) -> bool:
    """Like :func:`short_name`, for a longer tail that ends in a legal form: "Maumee Valley" of "Maumee Valley
    Components Inc." (a name of two words or more, so "Toyota" is not "Toyota Tsusho Corp")."""
    return (len(short.split()) >= 2 and is_proper(short) and name.startswith(short + " ")
            and name.split()[-1].lower().rstrip(".") in _FIRM_FORMS)


def another_body(name: str, longer: str) -> bool:
    """``longer`` starts with ``name`` but is another body: "Aravali Motors Kamgar Union" is the carmaker's union,
    not "Aravali Motors" (its head noun is an organisation's that ``name`` does not have)."""
    own = head_words(surname_form(longer))[-1:]
    return bool(own) and own[0] in GENERIC_ORGS and own[0] not in name.lower().split()


#: Kinds of body no one body is two of: a union is no company, a party no club.
_EXCLUSIVE = frozenset({"union", "party", "club"}) | ANY_FIRM


def other_kind(head: str, name: str) -> bool:
    """``name`` says it is a body of a kind no "the ``head``" is: "the National Education, Health and Allied
    Workers’ Union" is no "department" (but "the Kurdish Democratic Alliance" may be "the party")."""
    own = head_words(surname_form(name))[-1:]
    return bool(own) and own[0] in _EXCLUSIVE and own[0] != head


def called_otherwise(ent: Entity, head: str) -> bool:
    """The text called the body "the union" when it quoted it: no "company" is it, whatever its name ("A company
    spokesperson" is not "Sindicatul Autoturisme Dacia", quoted as "the union")."""
    if head not in _EXCLUSIVE:
        return False
    called = {a.lower().removeprefix("the ") for a in (*ent.names, *ent.aliases)}
    return any(c in _EXCLUSIVE and c != head and not {c, head} <= ANY_FIRM for c in called)


def quoted_just_before(text: str, ent: Entity, named: tuple[int, str, str | None], pos: int) -> bool:
    """A body other than the one ``named`` before was quoted in the sentence before ``pos``, in the same paragraph ("In
    an emailed statement, ZCMC said ... . The company said it did not comment"): "the company" is it, whatever company
    the text named before; a name of two capitalised words or more, not people ("Villagers blamed the fish farm ... .
    The company agreed") nor a short name the text may give in full ("Nakilat")."""
    between = text[ent.last_seen : pos] if ent.last_seen < pos else "\n"
    other = not (ent.matches(named[1]) or (named[2] is not None and ent.matches(named[2])))
    return (other and "\n" not in between and len(re.findall(r"[.!?][\"”’]?\s+[A-Z“\"]", between)) <= 1
            and sum(w[:1].isupper() for w in ent.canonical.split()) >= 2 and noun_kind(head_word(ent.canonical)) != "person")
