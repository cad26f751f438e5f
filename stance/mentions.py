"""Who an article names, read from plain text before any speaker is resolved: the people and documents
that open sentences (antecedents for a later "he said" / "it says"; who opens one by name is
:mod:`stance.opening_people`), and the full names behind surnames. The organisations it names are in
:mod:`stance.named_bodies`.

Pure string code over :mod:`stance.quotes`' sentences, used by :class:`stance.resolve.Resolver` through
the extractors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from stance.name_runs import OPENERS, RUN, org_tail
from stance.names import DOC_NOUNS, caps
from stance.opening_people import opening_person
from stance.opening_roles import opening_role
from stance.places import place_key
from stance.quotes import paragraphs, sentences
from stance.speakers import NICKNAME_WORDS, is_person_name, strip_name, surname_form


@lru_cache(maxsize=4)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
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
                          + "|".join(sorted(DOC_NOUNS)) + r"|(?:briefing|position|discussion|white|options|working) paper)\b")
# not "The league said in a statement"; "A Treasury briefing paper ... argues ... . It warns"


def sentence_documents(text: str) -> list[tuple[int, str]]:
    """(position, noun phrase) of each sentence that opens with a document: "A leaked internal memo from
    ..., goes further. It says ...": the "it" that follows is the memo."""
    out = []
    for a, b in sentence_spans(text):
        m = _DOC_OPENING.match(text, a, b)
        if m is not None:
            out.append((a, m.group()))
    return out


_STOP_INSIDE = re.compile(r"^.*\w{3,}[.!?]\s+")


def capitalised_runs(text: str, a: int, b: int):
    """Capitalised runs in ``text[a:b]`` as (start, end, words), cut after a full stop inside a run
    ("... Vancouver and Seattle. CN said" gives "CN"; "Dr. Jane Roe" stays whole). A nickname in quotation marks
    between two runs joins them, and the words leave it out ('Ma. Corazon “Cora” Villareal-Tan' gives "Ma. Corazon
    Villareal-Tan" from the first run's start to the last's end)."""
    runs = list(_plain_runs(text, a, b))
    k = 0
    while k < len(runs):
        start, end, words = runs[k]
        if k + 2 < len(runs) and _NICKNAME_BETWEEN.fullmatch(text, end, runs[k + 2][0]):
            yield start, runs[k + 2][1], f"{words} {runs[k + 2][2]}"
            k += 3
            continue
        yield start, end, words
        k += 1


#: What stands between a given name and a surname around a quoted nickname: ' “Cora” ', ' "Dodong" '.
_NICKNAME_BETWEEN = re.compile(rf" [\"“‘]{NICKNAME_WORDS}[\"”’] ")


def _plain_runs(text: str, a: int, b: int):
    for m in RUN.finditer(text, a, b):
        cut = _STOP_INSIDE.match(m.group())
        start = m.start() + (cut.end() if cut else 0)
        if "\n" in text[start : m.end()] and text[text.rfind("\n", 0, start) + 1 :][:1].isdigit():
            start = text.index("\n", start) + 1  # "17:55 KST\nLee: ...": a timestamp's zone is no part of the name
        if start < m.end():
            yield start, m.end(), text[start : m.end()]


def sentence_subjects(text: str, furniture: str | None = None) -> list[tuple[int, str]]:
    """(position, name) of each sentence that opens with a person: "Hany Soliman ...",
    "Egyptian Irrigation Minister Hany Soliman ...", "France's agriculture minister, Sophie Garnier, ...",
    the bare surname of a person the article names in full ("Charalambous, elected ..."), or one
    person's role ("The finance secretary has just spoken ..."). ``furniture``: the same text before its headlines
    and captions were blanked; a full name only they give ("Commercial fisher Mick Tanner at the Bowen boat harbour")
    makes the bare surname a person too."""
    full: dict[str, str] = {}
    if furniture is not None:
        for a, b in _blanked(text, furniture):
            _note_full_names(furniture, a, b, full)
    out = []
    for a, b in sentence_spans(text):
        if a == b or not text[a].isalnum() or _inside_quote(text, a):  # a quote's own words introduce nobody
            _note_full_names(text, a, b, full)  # '"We are close," Finance Minister Tariq Javed said': his full name
            continue
        hit = opening_person(text, a, b, full)
        if hit is not None:
            out.append(hit)
            if " " in hit[1]:
                full.setdefault(surname_form(hit[1]).split()[-1], hit[1])
        else:
            role = opening_role(text, a, b)
            out += [role] if role is not None else []
            out += _given_the_floor(text, a, b, full)
        _note_full_names(text, a, b, full)
    return out


_HONOUR = r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?"
_NAME_WORDS = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
#: The person a report hands the floor to in a sentence that opens with someone else: "Then it was Mr Whitlock's
#: turn", "The press conference ended when Ms Brennan was asked whether ...", "At the end of an unpaved lane lives
#: Khosiyat-opa, 74, a retired schoolteacher" (an aged name after the verb of an inverted sentence).
_FLOOR = re.compile(caps(rf"\b(?:it was|came)\s+(?P<turn>{_HONOUR}{_NAME_WORDS})['’]s\s+turn\b"
                         rf"|\b(?:when|as|after|before|until)\s+(?P<asked>{_HONOUR}{_NAME_WORDS})\s+was\s+(?:asked|pressed)\b"
                         rf"|\b(?:lives|sits|stands|waits|works|lived|sat|stood|waited)\s+(?P<inverted>{_HONOUR}{_NAME_WORDS}),\s+\d{{1,3}},"))
#: A sentence framed as one person's view: "For Akello, even a good result leaves the question open."
_FRAMED = re.compile(caps(rf"For\s+(?P<framed>{_HONOUR}{_NAME_WORDS}),\s"))
#: A sentence about one person's manner or view: "Pereyra's tone has softened a little." (not "Pereyra's deputy").
_OWNED = re.compile(caps(rf"(?P<owned>{_HONOUR}{_NAME_WORDS})['’]s\s+(?P<thing>[a-z]+)\b"))


def _given_the_floor(text: str, a: int, b: int, full: dict[str, str]) -> list[tuple[int, str]]:
    """The person the sentence ``[a, b)`` gives the floor to (:data:`_FLOOR`), as a subject: the "he said" after
    it is theirs. Only a person's name, or the surname or given name of one the article named in full."""
    m = _FRAMED.match(text, a, b) or _owned(text, a, b) or _FLOOR.search(text, a, b)
    if m is None:
        return []
    group = next(g for g in ("framed", "owned", "turn", "asked", "inverted") if g in m.groupdict() and m.group(g))
    bare = strip_name(m.group(group))
    lone = " " not in bare
    if not (is_person_name(bare) or (lone and surname_form(bare) in full)
            or (lone and group == "inverted")  # "At the end of the lane lives Khosiyat-opa, 74,": aged, a person
            or (lone and bool(full.get("first:" + surname_form(bare))))):  # "For Hodan," of "Hodan Cali Faarax"
        return []
    return [(m.start(group), m.group(group))]


def _owned(text: str, a: int, b: int) -> re.Match[str] | None:
    """The sentence ``[a, b)`` opening with a person's manner or view (:data:`_OWNED`), not with someone of theirs."""
    m = _OWNED.match(text, a, b)
    return m if m is not None and m.group("thing") in _MANNER else None


#: A person's manner or view, which a sentence can be about: "Pereyra's tone has softened".
_MANNER = frozenset("tone mood voice view views position stance message attitude patience reaction answer response "
                    "demeanour demeanor expression words remarks comments argument frustration anger optimism "
                    "confidence".split())


def _blanked(text: str, furniture: str) -> list[tuple[int, int]]:
    """The stretches of ``furniture`` that ``text`` (the same length) blanks."""
    return [m.span() for m in re.finditer(r"\S[^\n]*", furniture) if not text[m.start() : m.end()].strip()]


def _note_full_names(text: str, a: int, b: int, full: dict[str, str]) -> None:
    """Add each person's full name in the writer's words of the sentence ``[a, b)`` under its surname."""
    for start, _, run in capitalised_runs(text, a, b):
        words = run.split()
        if len(words) > 2 and words[0].lower() in OPENERS:  # "When Grace Achieng' Odhiambo told investors"
            start, run = start + run.index(words[1]), run[run.index(words[1]) :]
        name = strip_name(re.sub(r"['’]s$", "", run))  # "Bat-Erdene Dashdorj’s goats": his name all the same
        if is_person_name(name) and not org_tail(text, start) and not _inside_quote(text, start):
            words = surname_form(name).split()
            full.setdefault(words[-1], name)
            if len(words) == 3:  # "Jordi Casamajor Vidal" is "Casamajor" too: a first surname, Spanish-style
                full.setdefault(words[1], name)
            if family_first(name):  # "Hwang Seo-yeon" is "Hwang"
                full.setdefault(words[0], name)
            first = "first:" + words[0]  # "Rosli, for his part, ..." is Rosli Hamzah, if no other name opens with it
            full[first] = name if full.get(first, name) == name and place_key(name) is None else ""


#: A hyphened given name after the family name, as Korean names are romanised ("Seo-yeon", "Jae-min").
_KOREAN_GIVEN = re.compile(caps(r"[A-Z][a-z]+-[a-z]+"))


def family_first(name: str) -> bool:
    """A two-word name whose family name comes first, as Korean names are romanised ("Hwang Seo-yeon" is "Hwang")."""
    words = name.split()
    return len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1]) is not None


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph ('"We are close. Sri Lanka
    should not pay," he said': "Sri Lanka" opens no sentence of the writer's)."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
