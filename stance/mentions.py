"""Who an article names, read from plain text before any speaker is resolved: the people and documents
that open sentences (antecedents for a later "he said" / "it says"), the organisations it names
(antecedents for "the group said"), and the full names behind surnames.

Pure string code over :mod:`stance.quotes`' sentences, used by :class:`stance.resolve.Resolver` through
the extractors.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from stance.names import (
    DOC_NOUNS,
    NAME_PARTICLES,
    PERSON_NOUNS,
    ROLE_WORDS,
    is_trade_noun,
    noun_kind,
    place_key,
)
from stance.quotes import paragraphs, sentences
from stance.speakers import ACRONYM, ORG_WORDS, acronym_of, is_person_name, strip_name, surname_form

_CAP_WORD = r"(?:(?:al|el|bin|ibn|abu)-)?[A-Z][\w’'.-]*"
#: The space between two words of one name: any, but no blank line ("Friday\n\nThe LCBO" is two runs).
_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_RUN = re.compile(_CAP_WORD + r"(?:" + _GAP + r"(?:" + _CAP_WORD + "|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\b))*")
_OPENERS = frozenset("the a an in on at but and as if when while after before this that it he she they we "
                     "i you for with from by to of her his their its our my".split())


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every sentence of every paragraph as (start, end), leading whitespace skipped. Cached: the people,
    the documents and the organisations that open sentences are read from the same article."""
    out = []
    for para in paragraphs(text):
        for a, b in sentences(text, *para):
            while a < b and text[a].isspace():
                a += 1
            out.append((a, b))
    return tuple(out)


_DOC_OPENING = re.compile(r"(?:A|An|The)\s+(?:(?!(?:said|says|told|in|on|at|to|with|from|by|of)\s)[\w’'-]+\s+){0,4}?(?:"
                          + "|".join(sorted(DOC_NOUNS)) + r")\b")  # not "The league said in a statement"


def sentence_documents(text: str) -> list[tuple[int, str]]:
    """(position, noun phrase) of each sentence that opens with a document: "A leaked internal memo from
    ..., goes further. It says ...": the "it" that follows is the memo."""
    out = []
    for a, b in _sentence_spans(text):
        m = _DOC_OPENING.match(text, a, b)
        if m is not None:
            out.append((a, m.group()))
    return out


_STOP_INSIDE = re.compile(r"^.*\w{3,}[.!?]\s+")


def _runs(text: str, a: int, b: int):
    """Capitalised runs in ``text[a:b]`` as (start, end, words), cut after a full stop inside a run
    ("... Vancouver and Seattle. CN said" gives "CN"; "Dr. Jane Roe" stays whole)."""
    for m in _RUN.finditer(text, a, b):
        cut = _STOP_INSIDE.match(m.group())
        start = m.start() + (cut.end() if cut else 0)
        if start < m.end():
            yield start, m.end(), text[start : m.end()]


def sentence_subjects(text: str) -> list[tuple[int, str]]:
    """(position, name) of each sentence that opens with a person: "Hany Soliman ...",
    "Egyptian Irrigation Minister Hany Soliman ...", "France's agriculture minister, Sophie Garnier, ...",
    the bare surname of a person the article names in full ("Charalambous, elected ..."), or one
    person's role ("The finance secretary has just spoken ...")."""
    full: dict[str, str] = {}
    out = []
    for a, b in _sentence_spans(text):
        if a == b or not text[a].isalnum() or _inside_quote(text, a):  # a quote's own words introduce nobody
            _note_full_names(text, a, b, full)  # '"We are close," Finance Minister Tariq Javed said': his full name
            continue
        hit = _opening_person(text, a, b, full)
        if hit is not None:
            out.append(hit)
            if " " in hit[1]:
                full.setdefault(surname_form(hit[1]).split()[-1], hit[1])
        else:
            role = _opening_role(text, a, b)
            out += [role] if role is not None else []
        _note_full_names(text, a, b, full)
    return out


def _note_full_names(text: str, a: int, b: int, full: dict[str, str]) -> None:
    """Add each person's full name in the writer's words of the sentence ``[a, b)`` under its surname."""
    for start, _, run in _runs(text, a, b):
        name = strip_name(run)
        if is_person_name(name) and not _org_tail(text, start) and not _inside_quote(text, start):
            full.setdefault(surname_form(name).split()[-1], name)


_NOT_IN_ROLE = frozenset("and or but of for to in on at with who which that has have had is was are were will would "
                         "said says".split())


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph ('"We are close. Sri Lanka
    should not pay," he said': "Sri Lanka" opens no sentence of the writer's)."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _opening_role(text: str, a: int, b: int) -> tuple[int, str] | None:
    """A sentence opening with one person's role: "The finance secretary has just spoken ...",
    "The union's general secretary said ...", "A senior civil servant, who ..., put it more simply",
    "A senior DUP figure, speaking privately, was blunter": (position, "The finance secretary")."""
    words = text[a:b].split()[:5]
    if not words or words[0] not in ("The", "A", "An", "One"):  # "One Bucharest-based flight attendant, who ..."
        return None
    for k, word in enumerate(words[1:], start=1):
        low = word.lower().strip(",;:")
        if low in _NOT_IN_ROLE or not low.replace("’", "'").replace("'", "").replace("-", "").isalpha():
            return None
        senior_figure = low == "figure" and any(w.lower() in _SENIOR for w in words[1:k])
        if (noun_kind(low) == "person" and not low.endswith("s")) or senior_figure:
            return a, " ".join(words[: k + 1]).rstrip(",;:")
    return None


#: "A senior DUP figure": a person, though "figure" alone is a number.
_SENIOR = frozenset("senior leading prominent party".split())


_LOWER_ROLE = re.compile(r"((?:[a-z][\w-]*\s+){1,3})")
_FRONTED = frozenset("at in on outside inside near by from across along behind beside".split())
# "on the edge of X, ", "a world away from the synod office, ", "twenty minutes from Kervella's farm, "
_MORE_PLACE = re.compile(r"(?:(?:" + "|".join(sorted(_FRONTED)) + r"|an?|where)\s|(?:[\w-]+\s+){1,2}(?:minutes?|hours?|"
                         r"kilomet(?:re|er)s?|miles?|met(?:re|er)s?|km|blocks?)\s)[^,.;:\"“”]{3,80}?,\s+")
#: A sentence's opening phrase up to its comma ("Hours before the talks opened, ", "At a truck stop, ").
# an opening phrase may hold an abbreviated title: "Mr. Lankford's Democratic counterpart, Sen. Chris Murphy, ..."
_OPENING_PHRASE = re.compile(r"(?:[^,.;:\"“”]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|St)\.){3,120}?,\s+")


def _role_then_name(text: str, p: int, b: int) -> re.Match | None:
    """A person named right after a lower-case role or trade at ``p``: "leader Euan Lockhart",
    "mathematics teacher Lucas Ferreira de Souza", "driver Noor Wali"."""
    m = _LOWER_ROLE.match(text, p, b)
    if m is None or not (m.group(1).split()[-1] in ROLE_WORDS or is_trade_noun(m.group(1).split()[-1])):
        return None
    name = _RUN.match(text, m.end(), b)  # "spokesman Commodore Rafael Dizon": a title may open the name
    return name if name is not None and is_person_name(strip_name(name.group())) else None


def _titled_name(text: str, p: int, b: int) -> re.Match | None:
    """A person named at ``p`` after a lower-case role, the role perhaps after a body's capitalised name:
    "party president X", "Nepali Congress president Krishna Prasad Adhikari", "NIGC deputy managing director X"."""
    titled = _role_then_name(text, p, b)
    body = _BODY_WORDS.match(text, p, b) if titled is None else None
    return _role_then_name(text, body.end(), b) if body is not None else titled


#: Participles that open a sentence with the scene of a statement ("Leaving Baluwatar, ...", "Speaking in
#: Geneva, ..."): the capitalised place after one is no name.
SCENE_PARTICIPLES = frozenset("leaving arriving speaking addressing returning visiting standing walking sitting "
                              "emerging entering exiting departing touring answering responding reacting".split())
#: A body's capitalised name before a lower-case role ("Nepali Congress president ...").
_BODY_WORDS = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}(?=[a-z])")


#: "His colleague, who gave only his first name, Grzegorz, had ...": a person who names themselves.
_SELF_NAMED_OPENING = re.compile(
    r"[^,.;:\"“”]{3,60}?,? who (?:gave (?:only )?(?:his|her|their) (?:first |full )?name(?: only)?(?: as|,)"
    r"|(?:identified|introduced|called) (?:himself|herself|themselves)(?: only)?(?: as)?) [\"“‘']?"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def _opening_person(text: str, a: int, b: int, full: dict[str, str]) -> tuple[int, str] | None:
    reveal = _REVEAL.match(text, a, b)
    if reveal is not None:  # "That was Greg Whitfield, Front Range's vice-president, speaking ...": him
        span = _revealed_mention(text, reveal.end(), b)
        if span is None:
            return None
        name = text[span[0] : span[1]].rsplit(",", 1)[-1].strip()
        return span[1] - len(name), strip_name(name)
    named = _SELF_NAMED_OPENING.match(text, a, b)
    if named is not None:
        return named.start(1), named.group(1)
    m = _RUN.match(text, a, b)
    # "Burkina Faso's foreign minister, X, said", "Mr. Lankford's Democratic counterpart, Sen. X, was"
    possessor = m is not None and any(w.endswith(("'s", "’s")) for w in m.group().split())
    # "Leaving Baluwatar, Congress president X stopped": a participle's phrase, no name
    participle = m is not None and m.group().split()[0].lower() in SCENE_PARTICIPLES and (
        text[m.end() : m.end() + 1] == ",")
    if m is not None and m.group().split()[0].lower() not in _OPENERS and not possessor and not participle:
        # "Scottish Liberal Democrat leader Euan Lockhart has posted ...": the person, not the party
        titled = _role_then_name(text, m.end() + 1, b) if text[m.end() : m.end() + 1] == " " else None
        if titled is not None:
            return titled.start(), titled.group()
        name = strip_name(m.group())
        if is_person_name(name) and place_key(name) is None:  # "San Salvador would sign nothing, he told"
            return m.end() - len(name), name
        word = m.group()
        word = name if COURTESY.match(word) else word  # "Mr. Hardwick has sounded more guarded": the surname
        after = text[m.end() : m.end() + 2]
        if " " not in word and (after[:1] == "," or after[1:2].islower()) and surname_form(word) in full:
            return a, full[surname_form(word)]
    return _after_opening_phrase(text, a, b, full) or _framed_person(text, a, b)


#: A courtesy title before a surname.
COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+[A-Z]")


def _after_opening_phrase(text: str, a: int, b: int, full: dict[str, str]) -> tuple[int, str] | None:
    """The person after a sentence's opening phrase: "France's agriculture minister, Sophie Garnier, ...",
    "Asked whether ..., el-Tayeb was less sure", "At a truck stop outside Landi Kotal, driver Noor Wali,
    41, had been waiting" (a place phrase may run over two commas)."""
    head = _OPENING_PHRASE.match(text, a, b)
    if head is None:
        return None
    start = head.end()
    first = text[a:b].split(None, 1)[0].lower()
    head_words = _phrase_words(head.group())
    role = any(w in ROLE_WORDS for w in head_words)
    scene = first in _FRONTED or first in SCENE_PARTICIPLES
    if scene:  # "Leaving Baluwatar, party president X"
        more = _MORE_PLACE.match(text, start, b)
        start = more.end() if more else start  # "At the gates of a school in X, on the edge of the city, ..."
    if scene or role:
        titled = _titled_name(text, start, b)
        after = text[titled.end() : titled.end() + 2] if titled is not None else ""
        # "..., city unit president X was"; "The head of the Iranian delegation, NIGC deputy managing director
        # Mehdi Tavakoli, struck": a role's apposition closes on its comma
        if titled is not None and (after[:1] == "," or (scene and after[1:2].islower())):
            return titled.start(), titled.group()
    if head_words[0] == "the" and text[start : start + 2] in ("a ", "an"):  # "The convener of X, a platform of ..., Y,"
        more = _MORE_PLACE.match(text, start, b)
        start = more.end() if more else start
    named = _after_second_role(text, start, b)
    if named is not None:
        return named
    m = _RUN.match(text, start, b)
    if m is None:
        return None
    after = text[m.end() : m.end() + 2]
    if role and after[:1] == "," and is_person_name(m.group()):  # "France's agriculture minister, Sophie Garnier,"
        return m.start(), m.group()
    if (after[:1] == "," and " " not in m.group() and head_words[0] in _POSSESSIVES
            and any(w in _KIN for w in head_words)):  # "His daughter, Kirsty, who runs the business, is ..."
        return m.start(), m.group()
    if after[:1] == "," or after[1:2].islower():  # "Asked whether ..., el-Tayeb was less sure."
        name = strip_name(m.group())
        if is_person_name(name):
            return m.end() - len(name), name
        if " " not in name and surname_form(name) in full:
            return m.start(), full[surname_form(name)]
    return None


def _phrase_words(phrase: str) -> list[str]:
    """An opening phrase's words, lower case, commas off."""
    return phrase.lower().replace(",", " ").split()


def _after_second_role(text: str, start: int, b: int) -> tuple[int, str] | None:
    """The person named after a second opening phrase that gives a role: "That man, the OLA's chief negotiator,
    Gemechu Bultum, was" (``start`` is after "That man, ")."""
    second = _OPENING_PHRASE.match(text, start, b) if text[start : start + 4] == "the " else None
    if second is None or not any(w in ROLE_WORDS for w in _phrase_words(second.group())):
        return None
    named = _RUN.match(text, second.end(), b)
    name = strip_name(named.group()) if named is not None and text[named.end() : named.end() + 1] == "," else ""
    return (named.end() - len(name), name) if is_person_name(name) else None


#: A person named in a sentence's framing phrase: "For Sabine Ortlepp from Halle, the dispute is far away."
_FRAMED = re.compile(r"(?:For|To|Like|Unlike)\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)"
                     r"(?:\s+(?:from|of|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?,\s")


def _framed_person(text: str, a: int, b: int) -> tuple[int, str] | None:
    """The person the sentence opens by naming ("For Sabine Ortlepp from Halle, the dispute in Bremen is far
    away."), when nobody follows its opening phrase: the antecedent of the next "she says"."""
    m = _FRAMED.match(text, a, b)
    return (m.start(1), m.group(1)) if m is not None and is_person_name(m.group(1)) else None


_POSSESSIVES = frozenset("his her their its my our".split())
#: A relative or neighbour introduced by first name only, the way features do.
_KIN = frozenset("daughter son wife husband mother father brother sister widow neighbour neighbor friend "
                 "partner grandmother grandfather cousin uncle aunt niece nephew".split())


_CAPITALISED_OF = re.compile(r"[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?$")


def _org_tail(text: str, start: int) -> bool:
    """The capitalised run at ``start`` ends an organisation's name ("Committee of Ghanaian
    Bondholders", "Institute for Peace Studies"), so it is nobody's name."""
    return _CAPITALISED_OF.search(text, max(0, start - 40), start) is not None


def full_names(text: str) -> dict[str, set[str]]:
    """Surname -> the full person names of the article that end in it ("raman" -> {"Priya Raman"})."""
    names: dict[str, set[str]] = {}
    for start, _, run in _runs(text, 0, len(text)):
        name = strip_name(run)
        portfolio = _named_after_portfolio(text, start, run)
        if portfolio:  # "Secretary of | State Marco Rubio": the portfolio's word opens the run
            names.setdefault(surname_form(portfolio).split()[-1], set()).add(portfolio)
        elif is_person_name(name) and not _org_tail(text, start):
            names.setdefault(surname_form(name).split()[-1], set()).add(name)
    return {surname: _shortest_forms(found) for surname, found in names.items()}


def _named_after_portfolio(text: str, start: int, run: str) -> str:
    """The person named after a title with a portfolio ("Secretary of State Marco Rubio", "Minister of Foreign
    Affairs Jane Doe"), whose capitalised run starts at the portfolio's word; "" for any other run. The title is
    put back in front and :func:`stance.names.split_role` splits the portfolio off, as for any mention."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" of ") or len(run.split()) < 3:
        return ""
    title = before[:-4].split()[-1:]
    if not title or title[0].lower() not in ROLE_WORDS:
        return ""
    name = strip_name(f"{title[0]} of {run}")
    return name if is_person_name(name) else ""


def _shortest_forms(names: set[str]) -> set[str]:
    """One person written twice, the second time with a word run in front ("Kirsty Ballantyne" and, at
    the start of a quote, "Met Kirsty Ballantyne"): keep the name the longer one ends in."""
    return {n for n in names if not any(n != m and n.endswith(" " + m) for m in names)}


_NAME = (rf"(?:[A-Z][\w’'.-]*{_GAP}(?:(?:of|for|the|and|de|del|du|des|la|le){_GAP})*){{0,6}}[A-Z][\w’'.-]*"
         rf"(?:{_GAP}\d{{1,4}}\b)?")
# "Observatorio Sur (ObSur)", "the Viduthalai Chiruthaigal Katchi (VCK)": a name and its short form
_WITH_SHORT = re.compile(rf"({_NAME})\s+\(([A-Z][A-Za-z]{{1,7}})\)")
# "the human rights group Observatorio Sur", "miner Altavera Resources": a body noun, then the name
_NOUN_THEN_NAME = re.compile(r"\b(?:group|organi[sz]ation|union|company|firm|party|agency|association|coalition"
                             r"|alliance|federation|miner|insurer|carrier|lender|broker|network|body|drugmaker"
                             r"|automaker|carmaker|chipmaker|retailer|airline|bank|operator|developer|publisher"
                             rf"|broadcaster|startup|conglomerate|manufacturer|maker|regulator|watchdog)\s+({_NAME})")
_OPENING_NAME = re.compile(rf"(?:(?:The|A|An)\s+)?({_NAME})")


def named_bodies(text: str) -> list[tuple[int, str, str | None]]:
    """(position, name, short form or None) of the organisations the article names, whether or not
    they are quoted: a name with its short form in brackets, a body noun followed by a name, and a
    sentence that opens with an acronym or an organisation's name ("The FCC tells a different story")."""
    out = []
    for m in _WITH_SHORT.finditer(text):
        found = _short_form_of(m.group(1), m.group(2))
        if found is not None:
            out.append((m.end(1) - len(found), found, m.group(2)))
    for m in _NOUN_THEN_NAME.finditer(text):
        at, name = _conjuncts(m.group(1), m.start(1))[0]  # "the union Aslef and the Rail Delivery Group": Aslef
        if not is_person_name(name):
            out.append((at, name, None))
    for a, b in _sentence_spans(text):
        described = _described_body(text, a, b)
        if described is not None:
            out.append(described)
        m = _OPENING_NAME.match(text, a, b)
        if m is None or m.group(1).split()[0].lower() in _OPENERS | {"by"}:  # "At the ...", a byline
            continue
        for at, part in _conjuncts(m.group(1), m.start(1)):
            if _body_name(part):
                out.append((at, part, None))
    return sorted(set(out), key=lambda x: (x[0], x[1], x[2] or ""))


#: "The Chinese embassy in Port Vila", "the Jubaland presidency": a body named by its place or people and a
#: common noun, as a sentence's subject.
_DESCRIBED = re.compile(r"[Tt]he\s+((?:[A-Z][\w’'-]+\s+){1,3}(?:embassy|consulate|presidency|ministry|government|"
                        r"command|secretariat|delegation|mission)(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)"
                        r"(?=,|\s+[a-z])")


def _described_body(text: str, a: int, b: int) -> tuple[int, str, None] | None:
    """A sentence whose subject is a described body, at its start or after an opening phrase ("Hours before
    the talks opened, the Jubaland presidency struck a harsher tone."): an antecedent for "it"."""
    m = _DESCRIBED.match(text, a, b)
    if m is None:
        head = _OPENING_PHRASE.match(text, a, b)
        m = _DESCRIBED.match(text, head.end(), b) if head is not None else None
    return (m.start(1), m.group(1), None) if m is not None else None


def _conjuncts(name: str, at: int) -> list[tuple[int, str]]:
    """"Carrow Pharmaceuticals and Aurelis", "Zambia and Altavera Copper Plc": two names; "Ministry of
    Foreign and Diaspora Affairs": one."""
    first, sep, rest = name.partition(" and ")
    if not sep or not (" " not in first or first.lower().split()[-1] in ORG_WORDS):
        return [(at, name)]
    return [(at, first), *_conjuncts(rest, at + len(first) + len(sep))]


def _short_form_of(run: str, short: str) -> str | None:
    """The end of ``run`` that ``short`` abbreviates ("Frente Comunero del Catatumbo" for "FCC" in
    "Petro and the Frente Comunero del Catatumbo"), or None."""
    words = run.split()
    for k in range(len(words) - 1):
        name = " ".join(words[k:])
        if words[k] in ("The", "A", "An"):
            continue
        if words[k][:1].isupper() and (acronym_of(short.upper(), name) or _initials_cover(short, name) or (
                k == 0 and sum(c.isupper() for c in short) >= 2 and short[:2].lower() == name[:2].lower()
                and words[0] != short)):  # "the NFL" is no short form of "NFL Referees Association"
            return name
    return None


def _initials_cover(short: str, name: str) -> bool:
    """"Nice" for "National Institute for Health and Care Excellence": the short form's letters are the
    first letter and then a subsequence of the name's initials; "FLNKS" for "Kanak and Socialist National
    Liberation Front" (a short form from another language): the same initials in another order."""
    initials = [w[0].lower() for w in name.split() if w[:1].isupper()]
    letters = short.lower()
    if len(letters) < 2 or len(initials) < 2:
        return False
    if short.isupper() and sorted(letters) == sorted(initials):
        return True
    if short.isupper() and len(letters) >= 3 and name.split()[-1].lower() in ORG_WORDS and len(
            set(letters) & set(initials)) >= len(letters) - 1 and len(initials) == len(letters):
        return True  # "National Liberation Army (ELN)": Ejército de Liberación Nacional, one letter apart
    if letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(ch in rest for ch in letters[1:])


_FURNITURE = frozenset("LIVE UPDATE UPDATES BREAKING WATCH READ MORE NEW ANALYSIS OPINION".split())


def _body_name(name: str) -> bool:
    """An acronym ("FCC") or a name of two or more words with an organisation's word in it and no
    person's role (not a dateline in capitals)."""
    words = name.lower().split()
    if ACRONYM.match(name):
        return name not in _FURNITURE
    return (2 <= len(words) <= 8 and not name.isupper() and any(w in ORG_WORDS for w in words)
            and not any(w in ROLE_WORDS for w in words))


_INTRODUCTION = re.compile(r"((?:[A-Z][\w’'.-]*\s+(?:(?:de|del|van|von|al|bin|el|da|dos)\s+)?){1,3}[A-Z][\w’'-]+),\s+"
                           r"(who|whose|(?:a|an|the)\s+[^,.;:\"“”]{1,80}"
                           r"|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for)\s+[^,.;:\"“”]{1,80})")


def introductions(text: str) -> list[tuple[int, str]]:
    """(position, name) of each person the text introduces in apposition ("Halima Abubakar Sule, a
    former Nigerian foreign minister who ...", "Senait Hailu, who runs a shop", "Liang Jianhua, director-general of
    the foreign ministry's ..."): the antecedent for a
    "She said" in the next sentence, though she was no sentence's subject."""
    out = []
    for m in _INTRODUCTION.finditer(text):
        name = strip_name(m.group(1))
        role = m.group(2).lower().replace("-", " ").split()  # "director-general of the ministry's ..." too
        if m.group(2) not in ("who", "whose") and not any(w in PERSON_NOUNS for w in role):
            continue  # "Anna Arivalayam, the party headquarters": a place
        if is_person_name(name) and name.split()[0].lower() not in _OPENERS and not _org_tail(text, m.start(1)):
            out.append((m.end(1) - len(name), name))
    return out


#: The paragraph after a lone quote that says whose it was: "That was Lucía Montero, a spokeswoman for ...",
#: "The words came from Brazil's agriculture minister, Renata Albuquerque, who ...", "Those were the words of X",
#: "So says Thandeka Mokoena, 47, a counter clerk", "That post, which had been shared 30,000 times, came from X",
#: "The post on X came from X", "That was the verdict of X", "The line drew laughs. It came from X", "The
#: evaluation is of X" (translated news), "That is how X, who ..., describes the deal", "That is X, who studies ...",
#: "That was a post on X from @handle".
_REVEAL = re.compile(r"(?:That|This) (?:was|is) an? (?:post|tweet|message|comment|reply) (?:on \w+ )?(?:from|by) (?=@)"
                     r"|(?:That|This)(?: was| is|[’']s) (?:how )?(?:the (?:verdict|view|assessment|reaction|take|warning) of )?"
                     r"|(?:The|That|This) (?:words|remarks|comments?|post|tweet|message|line|verdict|assessment|warning|plea|appeal|"
                     r"complaint|retort|reply|jab|quip|joke)"
                     r"(?: on [A-Z]\w*)?(?:, (?:[^,\n]|,(?=\d)){1,150},)?"  # "That post, which had been shared 30,000 times,"
                     r" (?:came from|were those of|was that of|belonged to) "
                     r"|Those were the words of |So (?:says|said|wrote|writes|posted) "
                     # translated prose: "The evaluation is of X", "The words are of X", "The phrase is of X"
                     r"|(?:The|That|This|These) (?:evaluation|assessment|view|analysis|opinion|words|phrase|remarks?|"
                     r"comments?|statement) (?:is|was|are|were) (?:that |those )?of "
                     # "The line drew laughs from teachers. It came from Jolene Petrakis, who ..."
                     r"|(?:(?:The|That|This) (?:words|remarks?|comments?|post|tweet|message|line|quip|joke)\b[^.\n]{0,150}\.[ \t]+)?"
                     r"It came from ")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|St|Jr|[A-Z])$")


class Reveal(NamedTuple):
    """A source the text gives a direct quote outside the quote's own sentence: ``lone`` (the quote is alone in
    ``where``, the paragraph before a "That was X" one) or not (the quote opens at ``where[0]``, right after a
    post's label); ``cue`` and ``source`` are the spans of the revealing words and of the speaker's mention."""

    where: tuple[int, int]
    cue: tuple[int, int]
    source: tuple[int, int]
    lone: bool = True


def revealed_speakers(text: str) -> list[Reveal]:
    """A :class:`Reveal` for each paragraph that opens by naming the speaker of the quote before it
    (:data:`_REVEAL`). The mention is a person's name, with the role it follows as an apposition ("Brazil's
    agriculture minister, Renata Albuquerque"); anything else ("That was the message from Kyiv") is no reveal."""
    paras = paragraphs(text)
    out = []
    for before, (a, b) in zip(paras, paras[1:]):
        m = _REVEAL.match(text, a, b)
        mention = _revealed_mention(text, m.end(), b) if m else None
        if mention is not None:
            out.append(Reveal(before, (a, m.end() - 1), mention))
    for a, b in paras:  # '"Who pays for this strike is the mother ..." The words are of X, ...': the same paragraph
        close = _QUOTE_THEN_SENTENCE.match(text, a, b)
        m = _REVEAL.match(text, close.end(), b) if close is not None else None
        mention = _revealed_mention(text, m.end(), b) if m else None
        if mention is not None:
            out.append(Reveal((a, close.end()), (close.end(), m.end() - 1), mention, lone=False))
    return out


#: A paragraph that opens with a whole quoted sentence (or several) and goes on after it.
_QUOTE_THEN_SENTENCE = re.compile(r"[ \t]*[\"“][^\"“”\n]{10,}[.!?][\"”][ \t]+")


def _revealed_mention(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the person named at ``start``: up to the first comma or the sentence's end, or over one
    comma when a role comes first; or a handle ("@Vielflieger_FFM")."""
    handle = re.match(r"@\w{2,30}\b", text[start:end])
    if handle is not None:
        return start, start + handle.end()
    stop = end
    for dot in re.finditer(r"[.;](?=\s|$)", text[start:end]):
        if not _ABBREVIATION.search(text[start : start + dot.start()]):  # "state Sen. Harold Brinkerhoff"
            stop = start + dot.start()
            break
    parts = text[start:stop].split(",")
    first = parts[0].rstrip()
    if is_person_name(strip_name(first)):
        return start, start + len(first)
    if len(parts) > 1 and is_person_name(strip_name(parts[1].strip())) and len(first.split()) <= 6:
        return start, start + len(parts[0]) + 1 + len(parts[1].rstrip())
    return None


#: A post given with its author's handle: 'TWU Local 234 (@TWULocal234): "..."', and a paragraph that hands the next
#: one to a handle: "From X user @BroadStBeth:", "@NairobiCommuter posted:".
_HANDLE_LABEL = re.compile(r"([A-Z][^:()\n\"“”]{1,60}?)\s*\(@\w{2,30}\):\s*(?=[\"“])")
_HANDLE_INTRO = re.compile(r"(?:(?:From|By) (?:(?:X|Twitter|Threads|Bluesky|Instagram|TikTok|Facebook) )?(?:user|account) )?"
                           r"(@\w{2,30})(?: (?:posted|wrote|tweeted|said))?:\s*$")


def posted_by(text: str) -> list[Reveal]:
    """Posts whose author the text gives by a handle, as :class:`Reveal`: a labelled post's quote opens right after
    its label's colon; an introduced one is alone in the next paragraph."""
    out = []
    paras = paragraphs(text)
    for k, (a, b) in enumerate(paras):
        label = _HANDLE_LABEL.match(text, a, b)
        if label is not None:
            out.append(Reveal((label.end(), b), (label.end(1), label.end()), label.span(1), lone=False))
            continue
        intro = _HANDLE_INTRO.match(text, a, b)
        if intro is not None and k + 1 < len(paras):
            out.append(Reveal(paras[k + 1], (intro.end(1), b), intro.span(1)))
    return out
