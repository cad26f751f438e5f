"""The organisations an article names, read from plain text: "the human rights group Observatorio Sur",
"Observatorio Sur (ObSur)", "the Brazilian embassy", the bodies that open sentences, with their short forms.

They are the antecedents of a later "the group said" or "an ObSur spokesperson" (:meth:`stance.resolve.Resolver.note_bodies`).
Pure string code over :func:`stance.mentions.sentence_spans`.
"""

from __future__ import annotations

import re

from stance.abbreviations import ABBREVIATIONS
from stance.mentions import sentence_spans
from stance.name_runs import NAME_GAP, OPENERS
from stance.names import ACRONYM, GOVERNMENT_LEVELS, LEGAL_FORMS, ORG_WORDS, ROLE_WORDS, acronym_of, caps
from stance.opening_roles import OPENING_PHRASE
from stance.places import SEATS
from stance.speakers import is_person_name

_NAME = caps(rf"(?:[A-Z][\w’'.-]*{NAME_GAP}(?:(?:of|for|the|and|de|del|du|des|la|le){NAME_GAP})*){{0,6}}[A-Z][\w’'.-]*"
         rf"(?:{NAME_GAP}\d{{1,4}}\b)?")


# "Observatorio Sur (ObSur)", "the Viduthalai Chiruthaigal Katchi (VCK)", "Department of Agriculture, Environment and
# Rural Affairs (Daera)": a name and its short form
_WITH_SHORT = re.compile(caps(rf"({_NAME}(?:,\s+{_NAME})*)\s+\(([A-Z][A-Za-z]{{1,7}})\)"))


# "the human rights group Observatorio Sur", "miner Altavera Resources": a body noun, then the name
_NOUN_THEN_NAME = re.compile(r"\b(?:group|organi[sz]ation|union|company|firm|party|agency|association|coalition|movement|front"
                             r"|alliance|federation|miner|insurer|carrier|lender|broker|network|body|drugmaker"
                             r"|automaker|carmaker|chipmaker|retailer|airline|bank|operator|developer|publisher"
                             rf"|broadcaster|startup|conglomerate|manufacturer|maker|regulator|watchdog|consortium)"
                             rf"\s+(?:(?:called|named|known\s+as)\s+)?({_NAME})")  # "a consortium called X"


_DATED = re.compile(r"\s(?:on|for)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday"
                    r"|Thursday|Friday|Saturday|Sunday)", re.I)
#: "the private company " before a name: the noun is the name's kind, whatever the name reads like.
_DETERMINED = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$")


# "Harbourline Energy, the Australian company that operates ...", "Petrosen, the state oil company,": a name, then
# in apposition the body noun that says what it is
_NAME_THEN_NOUN = re.compile(caps(rf"({_NAME}),\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,3}}?"
                                  rf"(?:company|corporation|conglomerate|consortium|cooperative|firm|group|union|party|agency|association|federation|miner|insurer"
                                  rf"|lender|operator|developer|manufacturer|carmaker|retailer|airline|regulator"
                                  rf"|coalition|alliance|network|organi[sz]ation|movement|charity|watchdog|lobby"
                                  rf"|maker|producer|supplier|exporter|utility|chain|grocer|brewer|broadcaster|publisher)"
                                  rf"(?:\s+(?:of|for)\s+[^,.;:\"“”\n]{{2,50}}?)?"  # "a coalition of environmental groups,"
                                  rf"(?=[,;]|\.\s|\s+(?:that|which|whose|based|behind|owned|listed|headquartered|rooted|founded|"
                                  rf"formed|created|backed|funded|run|led|[a-z]+ing)\b)"))  # "Uniterre, a smaller union rooted in"
#: "the Agency for Protection and Development of Competition", "the Ministry of Finance" anywhere in a sentence: a body
#: named by its own noun and what it is for, after "the"
#: "the provincial Department of Health": a level of government between the article and the name.
_AFTER_LEVEL = "|".join(rf"(?<=\bthe {level} )" for level in GOVERNMENT_LEVELS)
_BODY_OF = re.compile(caps(rf"(?:(?<=\bthe\s)|{_AFTER_LEVEL})((?:[A-Z][\w’'-]+{NAME_GAP}){{0,2}}(?:Agency|Authority|Commission|Council|Ministry"
                           rf"|Office|Department|Directorate|Bureau|Board|Institute|Committee|Federation|Association"
                           rf"|Confederation|Chamber|Secretariat){NAME_GAP}(?:of|for|on){NAME_GAP}(?:the{NAME_GAP})?"
                           rf"[A-Z][\w’'-]+(?:{NAME_GAP}(?:(?:of|and|for|on|the|&){NAME_GAP})*[A-Z][\w’'-]+)*)"))
#: "On Monday, the union said", "In Lisbon, the company that ...", "In a statement issued late Monday, the ad hoc group":
#: a time or a place that opens the sentence before the comma, no apposition
_ADVERBIAL = ("On", "In", "At", "By", "Late", "Early", "Since", "Until", "From", "Last", "This", "Next")
_ADVERBIAL_BEFORE = re.compile(r"\b(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in _ADVERBIAL) + r")\s+$")
_OPENING_ADVERBIAL = re.compile(r"(?:^|[.!?\n][\"”’']?\s*)(?:" + "|".join(_ADVERBIAL) + r")\b[^.!?\n]*$")


#: The words that end a company's name and nothing else's ("Condor Ridge Metals", "Altavera Resources Plc").
_FIRM_ENDINGS = frozenset(
    "pharmaceuticals pharma therapeutics biotech motors holdings technologies industries mining minerals metals "
    "resources petroleum telecom communications electronics chemicals plc ltd llc gmbh inc corp airlines airways "
    "logistics shipping laboratories ventures properties realty foods supermarkets resorts hotels casinos aviation".split()
) | LEGAL_FORMS

# "Toronto-listed Condor Ridge Metals", "shares in Altavera Resources": a company's name anywhere, its own last word
# saying so; "Toronto-listed" is no part of it
_FIRM_NAME = re.compile(caps(rf"(?<![\w’'-])(?:[A-Z][\w’'-]*-[a-z]+\s+)?({_NAME})"))


#: "The larger Confederation of Independent Trade Unions ... struck a more measured tone": one adjective may come first.
_OPENING_NAME = re.compile(caps(rf"(?:(?:The|A|An)\s+(?:[a-z]+\s+)?)?({_NAME})"))
#: The same after an opening phrase: "From Tegucigalpa, the Liberal Party's Central Executive Council".
_NAME_AFTER_PHRASE = re.compile(caps(rf"(?:the\s+(?:[a-z]+\s+)?)?({_NAME})"))


def named_bodies(text: str) -> list[tuple[int, str, str | None]]:
    """(position, name, short form or None) of the organisations the article names, whether or not
    they are quoted: a name with its short form in brackets, a body noun followed by a name, and a
    sentence that opens with an acronym or an organisation's name ("The FCC tells a different story")."""
    out = []
    for m in _WITH_SHORT.finditer(text):
        found = _short_form_of(m.group(1), m.group(2)) or _foreign_short_form(m.group(1), m.group(2))
        if found is not None:
            out.append((m.end(1) - len(found), found, m.group(2)))
    for m in _NOUN_THEN_NAME.finditer(text):
        at, name = _conjuncts(m.group(1), m.start(1))[0]  # "the union Aslef and the Rail Delivery Group": Aslef
        if not is_person_name(name) or _DETERMINED.search(text, max(0, m.start() - 30), m.start()):
            out.append((at, name, None))  # "the private company Rustavi Steel", though "Steel" may be a surname
    for m in _NAME_THEN_NOUN.finditer(text):
        at, name = _conjuncts(m.group(1), m.start(1))[-1]  # "talks with Zambia and Altavera, the miner": Altavera
        if name.split()[0] not in ("The", "A", "An") and not (  # its noun says it is a body
                _ADVERBIAL_BEFORE.search(text, max(0, at - 12), at) and _OPENING_ADVERBIAL.search(text, max(0, at - 80), at)):
            out.append((at, name, None))
    named = {(at, name) for at, name, _ in out}  # "the Ministry of Commerce (MOFCOM)" is named with its short form
    out.extend((m.start(1), m.group(1), None) for m in _BODY_OF.finditer(text) if (m.start(1), m.group(1)) not in named
               and not _DATED.search(m.group(1)))  # "outside the Economy Ministry on Dec. 15": a date, no name
    for m in _FIRM_NAME.finditer(text):
        out.extend(_firm_names(m.group(1), m.start(1)))
    for a, b in sentence_spans(text):
        described = _described_body(text, a, b)
        if described is not None:
            out.append(described)
        m = _opening_name(text, a, b)
        if m is None:
            continue
        for at, part in _conjuncts(m.group(1), m.start(1)):
            if _body_name(part) or _speaking_place(text, m, part):
                out.append((at, part, None))
    return sorted(set(out), key=lambda x: (x[0], x[1], x[2] or ""))


def _opening_name(text: str, a: int, b: int) -> re.Match[str] | None:
    """The capitalised name that opens the sentence ``[a, b)``, or that follows its opening phrase ("From Tegucigalpa,
    the Liberal Party's Central Executive Council weighed in"); not "At the ..." nor a byline."""
    m = _OPENING_NAME.match(text, a, b)
    if m is None or _opens_no_name(m):
        head = OPENING_PHRASE.match(text, a, b)
        m = _NAME_AFTER_PHRASE.match(text, head.end(), b) if head is not None else None
    return m if m is not None and not _opens_no_name(m) else None


def _opens_no_name(m: re.Match[str]) -> bool:
    """The match opens with a sentence opener ("At", "But") or a byline's "By", not a name."""
    first = m.group(1).split()[0].lower()
    return first in OPENERS or first == "by"


#: "The Chinese embassy in Port Vila", "the Jubaland presidency", "The Ticino cantonal government": a body named by its
#: place or people and a common noun, as a sentence's subject.
_DESCRIBED = re.compile(caps(r"[Tt]he\s+((?:[A-Z][\w’'-]+\s+){1,3}(?:[a-z]+al\s+)?(?:embassy|consulate|presidency|ministry|government|"
                        r"command|secretariat|delegation|mission)(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)"
                        r"(?=,|\s+[a-z])"))


def _described_body(text: str, a: int, b: int) -> tuple[int, str, None] | None:
    """A sentence whose subject is a described body, at its start or after an opening phrase ("Hours before
    the talks opened, the Jubaland presidency struck a harsher tone."): an antecedent for "it"."""
    m = _DESCRIBED.match(text, a, b)
    if m is None:
        head = OPENING_PHRASE.match(text, a, b)
        m = _DESCRIBED.match(text, head.end(), b) if head is not None else None
    return (m.start(1), m.group(1), None) if m is not None else None


def _firm_names(run: str, at: int) -> list[tuple[int, str, None]]:
    """The companies in a run of capitalised words, each named by its own last word ("Trans-Pacific Airlines"
    of "Shares in Orano and Trans-Pacific Airlines"; an opening "The" or "But" is no part of a name)."""
    out = []
    for start, part in _conjuncts(run, at):
        lead = 0
        for m in re.finditer(r"(\S+)\s+", part):
            if m.start() != lead or m.group(1).lower() not in OPENERS:
                break
            lead = m.end()
        name = part[lead:].rstrip(".")
        holders = _HOLDERS_OF.match(name)  # "Shares of Sangamon Valley Processing Inc.": the firm, not its shares
        start, name = (start + holders.end(), name[holders.end() :]) if holders else (start, name)
        words = name.split()
        if len(words) > 1 and words[-1].lower() in _FIRM_ENDINGS and not is_person_name(name):
            out.append((start + lead, name, None))
    return out


#: What a firm's name may follow at a sentence's start without being part of it.
_HOLDERS_OF = re.compile(r"(?:Shares|Stock|Bonds|Employees|Workers|Staff|Customers|Investors|Owners|Executives|Officials)"
                         r"\s+(?:of|in|at)\s+")


def _conjuncts(name: str, at: int) -> list[tuple[int, str]]:
    """"Carrow Pharmaceuticals and Aurelis", "Zambia and Altavera Copper Plc": two names; "Ministry of
    Foreign and Diaspora Affairs": one."""
    if name.endswith(".") and name.split()[-1][:-1] not in ABBREVIATIONS:
        name = name[:-1]  # "run by the company Kartli Steel.": the sentence's full stop, not "Inc."
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


#: News agencies, whose initials follow a dateline's place or a name without abbreviating it.
_AGENCIES = frozenset("AFP AP DPA EFE ANSA PA AAP UPI TASS RIA IANS PTI ANI APA KUNA WAM SPA MENA BSS NAN".split())


#: The bodies whose short forms come from their own language often enough: unions, parties, fronts and armies.
_MOVEMENTS = frozenset("union confederation federation party front movement army alliance congress".split())


def _foreign_short_form(run: str, short: str) -> str | None:
    """The whole organisation's name that an all-capital short form from its own language follows ("the Confederation
    of Progressive Trade Unions (DİSK)": Devrimci İşçi Sendikaları Konfederasyonu), or None."""
    words = run.split()
    while words and words[0] in ("The", "A", "An"):
        words = words[1:]
    last = words[-1].lower().removesuffix("s") if words else ""  # "Unions"
    org = last in _MOVEMENTS or _translated_body(short, words)
    if not (short.isupper() and 2 <= len(short) <= 6 and short not in _AGENCIES and len(words) >= 2 and org
            and not is_person_name(" ".join(words))):
        return None
    return " ".join(words)


#: The nouns of public bodies whose short forms come from their own language: "the National Council of Protected
#: Areas (CONAP)" (Consejo Nacional de Áreas Protegidas).
_PUBLIC_BODIES = frozenset("council commission agency authority institute ministry committee corporation".split())


def _translated_body(short: str, words: list[str]) -> bool:
    """A public body's name, translated, with the short form of its own language: all the short form's letters but
    one are initials of the translation ("CONAP": C, N, A, P of "Council", "National", "Areas", "Protected")."""
    initials = {w[0].lower() for w in words if w[:1].isupper()}
    letters = short.lower()
    return (len(letters) >= 3 and any(w.lower() in _PUBLIC_BODIES for w in words)
            and sum(c not in initials for c in letters) <= 1 and letters[0] in initials)


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
    if short.isupper() and len(letters) >= 3 and any(w.lower() in ORG_WORDS for w in name.split()) and len(
            set(letters) & set(initials)) >= len(letters) - 1 and len(initials) == len(letters):
        # "National Liberation Army (ELN)": Ejército de Liberación Nacional, one letter apart; "Democratic
        # Confederation of Labour (CDT)": Confédération démocratique du travail, its organisation word not last
        return True
    if letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(ch in rest for ch in letters[1:])


_FURNITURE = frozenset("LIVE UPDATE UPDATES BREAKING WATCH READ MORE NEW ANALYSIS OPINION VIDEO VIDEOS PHOTOS AUDIO "
                       "LISTEN GALLERY PODCAST EXCLUSIVE".split())


def _speaking_place(text: str, m: re.Match, part: str) -> bool:
    """A sentence's subject that is a government by its seat, then its verb: "The Kremlin struck a more sceptical
    note. It said ..." (not "Moscow's", not "Moscow, the capital, ..."; no country, which "it" is far more often
    the writer's)."""
    seat = part.lower().removeprefix("the ").replace("’", "'") in SEATS
    return part == m.group(1) and seat and bool(re.match(r" [a-z]+", text[m.end():m.end() + 3]))


def _body_name(name: str) -> bool:
    """An acronym ("FCC") or a name of two or more words with an organisation's word in it and no
    person's role (not a dateline in capitals)."""
    words = name.lower().split()
    if ACRONYM.match(name):
        return name not in _FURNITURE
    if len(words) >= 3 and words[0] in _OFFICE_HEADS and words[1] == "of":
        return True  # "Office of the US Trade Representative": the office-holder's role names whose office it is
    return (2 <= len(words) <= 8 and not name.isupper() and any(w in ORG_WORDS for w in words)
            and not any(w in ROLE_WORDS and not (k + 1 < len(words) and words[k + 1] in ORG_WORDS)
                        for k, w in enumerate(words)))  # "Central Executive Council": the role word says which council


#: Bodies named for an office-holder: "Office of the Prime Minister", "Cabinet of the President".
_OFFICE_HEADS = frozenset("office cabinet secretariat bureau chancellery".split())


_CAPITALISED_RUN = re.compile(caps(r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:of|and|for|the|de)[ \t]+)*[A-Z][\w'’-]+){2,6}"))


def spelled_out(text: str, short: str) -> str | None:
    """The name of three capitalised words or more that ``text`` spells out as the initials ``short`` ("Keystone
    Sports Network" for "KSN", never bracketed after it): the body's full name, or None."""
    if len(short) < 3 or not ACRONYM.match(short):
        return None
    return next((m.group() for m in _CAPITALISED_RUN.finditer(text) if acronym_of(short, m.group())), None)
