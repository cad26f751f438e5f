"""The person who opens a sentence by name (:func:`opening_person`): "Hany Soliman ...", "Egyptian Irrigation Minister
Hany Soliman ...", "France's agriculture minister, Sophie Garnier, ...", "The Red Party's Amir Haddad was more upbeat",
"That was Greg Whitfield, ...", "For Sabine Ortlepp from Halle, ...". Plain text, no parse; read by
:func:`stance.mentions.sentence_subjects`.
"""

from __future__ import annotations

import re

from stance.name_runs import COURTESY, OPENERS, RUN, role_then_name
from stance.names import NAME_PARTICLES, ROLE_WORDS, caps, noun_kind
from stance.opening_roles import FRONTED, MORE_PLACE, OPENING_PHRASE
from stance.places import place_key
from stance.posts import REVEAL, revealed_mention
from stance.role_split import split_role
from stance.speakers import is_person_name, strip_name, surname_form


def _titled_name(text: str, p: int, b: int) -> re.Match | None:
    """A person named at ``p`` after a lower-case role, the role perhaps after a body's capitalised name:
    "party president X", "Nepali Congress president Krishna Prasad Adhikari", "NIGC deputy managing director X"."""
    titled = role_then_name(text, p, b)
    body = _BODY_WORDS.match(text, p, b) if titled is None else None
    return role_then_name(text, body.end(), b) if body is not None else titled


#: Participles that open a sentence with the scene of a statement ("Leaving Baluwatar, ...", "Speaking in
#: Geneva, ..."): the capitalised place after one is no name.
SCENE_PARTICIPLES = frozenset("leaving arriving speaking addressing returning visiting standing walking sitting "
                              "emerging entering exiting departing touring answering responding reacting".split())
#: A body's capitalised name before a lower-case role ("Nepali Congress president ...").
_BODY_WORDS = re.compile(caps(r"(?:[A-Z][\w'’-]+\s+(?:(?:and|of|for|&)\s+)?){1,4}(?=[a-z])"))  # "Budget and
# Appropriations Committee chairman X"


#: "His colleague, who gave only his first name, Grzegorz, had ...": a person who names themselves.
_SELF_NAMED_OPENING = re.compile(
    caps(r"[^,.;:\"“”]{3,60}?,? who (?:gave (?:only )?(?:his|her|their) (?:first |full )?name(?: only)?(?: as|,)"
    r"|(?:identified|introduced|called) (?:himself|herself|themselves)(?: only)?(?: as)?"
    r"|(?:uses|goes by) (?:the )?(?:nom de guerre|name|alias)) [\"“‘']?"  # "who uses the nom de guerre Ka Dencio"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"))


#: A possessive's ending, a plural's bare apostrophe too ("Kahama Sunfields’ managing director, Neema Mushi,").
_POSSESSIVE = ("'s", "’s", "s'", "s’")


def opening_person(text: str, a: int, b: int, full: dict[str, str]) -> tuple[int, str] | None:
    reveal = REVEAL.match(text, a, b)
    if reveal is not None:  # "That was Greg Whitfield, Front Range's vice-president, speaking ...": him
        span = revealed_mention(text, reveal.end(), b)
        if span is None:
            return None
        name = text[span[0] : span[1]].rsplit(",", 1)[-1].strip()
        return span[1] - len(name), strip_name(name)
    named = _SELF_NAMED_OPENING.match(text, a, b)
    if named is not None:
        return named.start(1), named.group(1)
    m = RUN.match(text, a, b)
    # "Burkina Faso's foreign minister, X, said", "Mr. Lankford's Democratic counterpart, Sen. X, was"
    possessor = m is not None and any(w.endswith(_POSSESSIVE) for w in m.group().split())
    # "Leaving Baluwatar, Congress president X stopped": a participle's phrase, no name
    participle = m is not None and m.group().split()[0].lower() in SCENE_PARTICIPLES and (
        text[m.end() : m.end() + 1] == ",")
    owned = _owned_person(m.group()) if possessor else None
    if owned is not None:  # "The Red Party's Amir Haddad was more upbeat": the person after the possessive
        return m.end() - len(owned), owned
    holder = _OWNED_ROLE.match(text, m.end(), b) if possessor and m.group().endswith(_POSSESSIVE) else None
    if holder is not None and holder.group(1).split()[-1] in ROLE_WORDS and is_person_name(holder.group(2)):
        return holder.start(2), holder.group(2)  # "Sinn Féin's spokesperson on education Caoimhe Ní Bhriain was"
    if possessor and holder is None and COURTESY.match(m.group()) and m.group().endswith(("'s", "’s")):
        owner = strip_name(m.group()[:-2])  # "Mrs Dyantyi’s wheelbarrow is full.": the sentence is about her
        return (m.end() - 2 - len(owner), owner) if owner else None
    if m is not None and m.group().split()[0].lower() not in OPENERS and not possessor and not participle:
        # "Scottish Liberal Democrat leader Euan Lockhart has posted ...": the person, not the party
        titled = role_then_name(text, m.end() + 1, b) if text[m.end() : m.end() + 1] == " " else None
        if titled is not None:
            return titled.start(), titled.group()
        name = strip_name(m.group())
        if is_person_name(name) and place_key(name) is None and not _demonym_tail(name):  # "San Salvador would sign nothing, he told"
            return m.end() - len(name), name
        if _aged_first_name(text, m):  # "Lucia, a 29-year-old resident who asked that her surname not be published"
            return m.start(), m.group()
        word = m.group()
        word = name if COURTESY.match(word) else word  # "Mr. Hardwick has sounded more guarded": the surname
        after = text[m.end() : m.end() + 2]
        if after[:1] == "," or after[1:2].islower():
            known = _known_by_one_word(word, full)  # "Sigríður is speaking": the one person named in full whose given
            # name it is (Icelandic, Thai, Malay usage); not "Kazakhstan is ..." of "Kazakhstan Temir Zholy"
            if known:
                return a, known
    return (_portfolio_holder(text, a, b) or _after_opening_phrase(text, a, b, full) or _framed_person(text, a, b)
            or _listed_body_role(text, a, b))


#: A body whose name lists its trades, then a lower-case role and a name, opening a sentence: "Rail, Tram and Bus
#: Union tram division secretary Con Papadakis has been on ABC Radio".
_LISTED_BODY = re.compile(caps(r"(?:[A-Z][\w'’-]+(?:,\s+|\s+(?:and|&)\s+|\s+)){2,7}(?=[a-z])"))


def _listed_body_role(text: str, a: int, b: int) -> tuple[int, str] | None:
    """The person after a listed body's name and a role at the start of a sentence (:data:`_LISTED_BODY`)."""
    body = _LISTED_BODY.match(text, a, b)
    named = role_then_name(text, body.end(), b) if body is not None and " and " in body.group() else None
    return (named.start(), named.group()) if named is not None else None


#: A lower-case word before a capitalised title and name: "retired Bankruptcy Judge Eleanor Whitcomb".
_FORMER = re.compile(caps(r"(?:retired|former|veteran|outgoing|acting|longtime|long-time)\s+(?=[A-Z])"))
#: "Thokozile Zulu (67)": an age in brackets after a name, as South African and Indian papers print it.
_BRACKETED_AGE = re.compile(r"\s*\(\d{1,3}\)")
#: ", a 52-year-old nurse": the apposition that introduces someone by their first name alone.
_AGED = re.compile(r",\s+(?:a|an)\s+\d{1,3}-year-old\b")
_BARE_AGE = re.compile(r",\s+\d{1,3},\s")
#: Words that open a sentence before a described person without naming one ("Outside, a nurse who ... held").
_SCENE_ADVERBS = frozenset("however outside inside nearby elsewhere meanwhile later earlier instead still today tonight "
                           "yesterday tomorrow overall again now then here there also indeed moreover nevertheless "
                           "nonetheless otherwise downstairs upstairs abroad afterwards first next last".split())
#: ", a mother of four who ...", ", a nurse at the clinic": a lone name described as a person.
_DESCRIBED = re.compile(r",\s+(?:a|an)\s+([a-z]+)\b(?!-)")


#: A possessor's role and its holder: "'s spokesperson on education Caoimhe Ní Bhriain".
_OWNED_ROLE = re.compile(caps(r"\s+((?:[a-z][\w-]*\s+){1,2})(?:(?:on|for)\s+(?:[a-z][\w-]*\s+){1,3})?"
                         r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=[\s,.])"))


def _owned_person(run: str) -> str | None:
    """The full name after the last possessive of a capitalised run ("The Red Party's Amir Haddad"), or None."""
    tail = re.split(r"['’]s\s+", run)[-1]
    return tail if tail != run and is_person_name(tail) and run.endswith(tail) else None


def _aged_first_name(text: str, m: re.Match) -> bool:
    """A lone capitalised word followed by ", a <age>-year-old ...", a bare age (", 29,") or ", a <person noun>"
    (", a mother of four who ..."): a person the article names by one name here ("Back in Ballstad, Pedersen, 29,
    who fishes from a ten-metre boat, hopes ...")."""
    if " " in m.group() or not m.group().replace("-", "").isalpha() or place_key(m.group()) is not None:
        return False
    described = _DESCRIBED.match(text, m.end())
    return (_AGED.match(text, m.end()) is not None or _BARE_AGE.match(text, m.end()) is not None
            or (described is not None and noun_kind(described.group(1)) == "person"
                and not m.group().lower().endswith("ly") and m.group().lower() not in _SCENE_ADVERBS))


#: A title with its portfolio, then a name, opening a sentence: "Minister of Maritime Affairs and the Blue Economy X".
_PORTFOLIO_TITLE = re.compile(caps(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the))*\s+[A-Z][\w’'.-]*"))


def _portfolio_holder(text: str, a: int, b: int) -> tuple[int, str] | None:
    """The person a sentence opens with after a title whose portfolio has "and the" or several words ("Minister of
    Culture and the Arts Ana Paz has just spoken", "Deputy Trade and Integration Minister X was"), which
    :func:`stance.role_split.split_role` splits off."""
    m = _PORTFOLIO_TITLE.match(text, a, b)
    if m is None or not re.search(r"\s(?:of|for|and)\s", m.group()) or not any(  # "Kazakh Deputy Trade and
            w.lower() in ROLE_WORDS for w in m.group().split()[:-1]):  # Integration Minister Yerbol Saparov was"
        return None
    name, role = split_role(m.group())
    return (m.end() - len(name), name) if role and name and is_person_name(name) and m.group().endswith(name) else None




_COUNTERPARTS = frozenset(("counterpart", "counterparts", "opposite"))


def _known_by_one_word(name: str, full: dict[str, str]) -> str:
    """The full name of the one person ``name`` (a single word) is the surname or, unless a place, the given name
    of; "" for none."""
    if " " in name:
        return ""
    return full.get(surname_form(name)) or (full.get("first:" + surname_form(name), "") if place_key(name) is None
                                            else "")


def _after_opening_phrase(text: str, a: int, b: int, full: dict[str, str]) -> tuple[int, str] | None:
    """The person after a sentence's opening phrase: "France's agriculture minister, Sophie Garnier, ...",
    "Asked whether ..., el-Tayeb was less sure", "At a truck stop outside Landi Kotal, driver Noor Wali,
    41, had been waiting" (a place phrase may run over two commas)."""
    head = OPENING_PHRASE.match(text, a, b)
    if head is None:
        return None
    start = head.end()
    listed = _PORTFOLIO_REST.match(text, start, b) if re.search(r"\b(?:of|for)\s+\S+,\s+$", head.group()) else None
    start = listed.end() if listed is not None else start  # "B.C.'s Minister of Water, Land and Resource Stewardship, X"
    aside = _ASIDE.match(text, start, b)  # "In Alor Setar, however, Mentri Besar X poured cold water on ..."
    start = aside.end() if aside is not None else start
    first = text[a:b].split(None, 1)[0].lower()
    head_words = _phrase_words(head.group())
    role = any(w in ROLE_WORDS or w in _COUNTERPARTS for w in head_words)  # "Her counterpart, ... chairman X, was"
    scene = first in FRONTED or first in SCENE_PARTICIPLES
    if scene:  # "Leaving Baluwatar, party president X"
        more = MORE_PLACE.match(text, start, b)
        start = more.end() if more else start  # "At the gates of a school in X, on the edge of the city, ..."
    if scene or role:  # "The SADC facilitator, retired Botswana judge Onkemetse Ramotswa, said"
        former = _FORMER.match(text, start, b)
        titled = _titled_name(text, start, b) or (_titled_name(text, former.end(), b) if former else None)
        aged = _BRACKETED_AGE.match(text, titled.end(), b) if titled is not None else None  # "Kuni Behera (47) was"
        after = text[aged.end() if aged else titled.end() :][:2] if titled is not None else ""
        # "..., city unit president X was"; "The head of the Iranian delegation, NIGC deputy managing director
        # Mehdi Tavakoli, struck": a role's apposition closes on its comma
        if titled is not None and (after[:1] == "," or (scene and after[1:2].islower())):
            return titled.start(), titled.group()
    if head_words[0] == "the" and text[start : start + 2] in ("a ", "an"):  # "The convener of X, a platform of ..., Y,"
        more = MORE_PLACE.match(text, start, b)
        start = more.end() if more else start
    named = _after_second_role(text, start, b)
    if named is not None:
        return named
    former = _FORMER.match(text, start, b)  # "The mediator, retired Bankruptcy Judge Eleanor Whitcomb, has ..."
    m = RUN.match(text, former.end() if former else start, b)
    if m is None:
        return None
    aged = _BRACKETED_AGE.match(text, m.end(), b)  # "Thokozile Zulu (67) has been growing cane"
    after = text[aged.end() if aged else m.end() :][:2]
    if role and after[:1] == "," and is_person_name(m.group()):  # "France's agriculture minister, Sophie Garnier,"
        return m.start(), m.group()
    if (after[:1] == "," and " " not in m.group() and head_words[0] in _POSSESSIVES
            and any(w in _KIN for w in head_words)):  # "His daughter, Kirsty, who runs the business, is ..."
        return m.start(), m.group()
    if _aged_first_name(text, m):  # "Outside a supermarket, Sylvie, a 52-year-old nurse, has ..."
        return m.start(), m.group()
    if (after[:1] == "," or after[1:2].islower()) and not m.group().endswith(("’s", "'s")):  # "Asked whether ..., el-Tayeb
        # was less sure"; not "But Mark Ferguson, Unison Scotland’s head of local government, said": a possessor
        name = strip_name(m.group())
        if is_person_name(name):
            return m.end() - len(name), name
        known = _known_by_one_word(name, full)  # "Back at Khöndlön, Bat-Erdene lets ...": his given name
        if known:
            return m.start(), known
        words = name.split()  # "Back in Ben Ahmed, El Maâti looks up": a particle and the surname of a full name
        if len(words) == 2 and words[0].lower() in NAME_PARTICLES and surname_form(words[1]) in full and (
                full[surname_form(words[1])].endswith(" " + name)):
            return m.start(), full[surname_form(words[1])]
    return None


#: The rest of a portfolio listed with commas after "Minister of Water, ": "Land and Resource Stewardship, ".
_PORTFOLIO_REST = re.compile(caps(r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+"
                                  r"(?:and|&)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s+"))


def _demonym_tail(name: str) -> bool:
    """A run that ends on a people's adjective ("Formal South African exports fell"): no person's name, though a
    surname may be a place's own name ("Jack London")."""
    words = name.split()
    for k in (2, 1):
        tail = " ".join(words[-k:])
        if len(words) > k and (k == 2 or len(words) >= 3) and tail.lower().endswith(_DEMONYM_ENDINGS) and (
                place_key(tail) not in (None, tail.lower())):
            return True
    return False


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")  # "an" takes "-ian" and "-ean" too


#: A discourse adverb between an opening phrase and the subject.
_ASIDE = re.compile(r"(?:however|meanwhile|though|too|instead|in turn|by contrast|for (?:his|her|its|their) part),\s+")


def _phrase_words(phrase: str) -> list[str]:
    """An opening phrase's words, lower case, commas off."""
    return phrase.lower().replace(",", " ").split()


_POSSESSOR_AT = re.compile(caps(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+[a-z]"))


def _after_second_role(text: str, start: int, b: int) -> tuple[int, str] | None:
    """The person named after a second opening phrase that gives a role: "That man, the OLA's chief negotiator,
    Gemechu Bultum, was" (``start`` is after "That man, ")."""
    owned = _POSSESSOR_AT.match(text, start, b) is not None  # "Sitting beside him, Saudi Arabia's deputy minister ..., X,"
    second = OPENING_PHRASE.match(text, start, b) if text[start : start + 4] == "the " or owned else None
    if second is None or not any(w in ROLE_WORDS for w in _phrase_words(second.group())):
        return None
    named = RUN.match(text, second.end(), b)
    name = strip_name(named.group()) if named is not None and text[named.end() : named.end() + 1] == "," else ""
    return (named.end() - len(name), name) if is_person_name(name) else None


#: A person named in a sentence's framing phrase: "For Sabine Ortlepp from Halle, the dispute is far away."
_FRAMED = re.compile(caps(r"(?:For|To|Like|Unlike)\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}"  # "For the economist X"
                     r"((?:[A-Z][\w'’-]+\.?\s+){1,6}[A-Z][\w'’-]+)"
                     r"(?:\s+(?:from|of|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                     r"|,\s+(?:from|of|at)\s+[^,.;:\"“”\n]{2,80})?,\s"))  # "X, of the University of Y's Z campus,"


def _framed_person(text: str, a: int, b: int) -> tuple[int, str] | None:
    """The person the sentence opens by naming ("For Sabine Ortlepp from Halle, the dispute in Bremen is far
    away.", "For City Legal Officer Atty. Marissa Pacio, the next step is procedural."), when nobody follows its opening phrase: the antecedent of the next "she says"."""
    m = _FRAMED.match(text, a, b)
    name = strip_name(m.group(1)) if m is not None else ""  # "For City Legal Officer Atty. Marissa Pacio, ..."
    return (m.end(1) - len(name), name) if name and m.group(1).endswith(name) and is_person_name(name) else None


_POSSESSIVES = frozenset("his her their its my our".split())
#: A relative or neighbour introduced by first name only, the way features do.
_KIN = frozenset("daughter son wife husband mother father brother sister widow neighbour neighbor friend "
                 "partner grandmother grandfather cousin uncle aunt niece nephew".split())
