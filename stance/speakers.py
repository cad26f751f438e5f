"""Speaker names: the name in a source mention, its kind, its aliases (one speaker across an article is a
:class:`stance.entities.Entity`).

Works on plain strings (so :meth:`stance.extractor.Extractor.group` needs no parse) plus the
proper-noun tags spaCy gives when a parse is at hand.
"""

from __future__ import annotations

import re

from stance.names import (
    ACRONYM,
    COMPANY_WORDS,
    GOVERNMENT_LEVELS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    ORG_WORDS,
    PARTY_WORDS,
    PORTFOLIO_WORDS,
    POST_MODIFIERS,
    REMIT_WORDS,
    ROLE_WORDS,
    SURNAME_TITLES,
    TITLES,
    caps,
    is_trade_noun,
    noun_kind,
)
from stance.places import is_landform, place_key
from stance.role_split import split_role

PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "group", "it": "group", "we": "other", "i": "other", "you": "other",
    "who": "rel", "which": "rel", "that": "rel", "this": "other", "those": "other",
}  # fmt: skip
#: Body and company words of Spanish, Portuguese, French, Italian and German names: "Sindicato Unificado de Trabajadores de PeruRail".
_FOREIGN_BODY_WORDS = frozenset(
    "sindicato sindicatos trabajadores federación confederación asociación cámara ministerio secretaría comisión "
    "consejo partido movimiento unión syndicat travailleurs fédération confédération ministère conseil parti "
    "sindacato lavoratori federazione confederazione associazione ministero consiglio associação confederação "
    "federação trabalhadores ministério gewerkschaft verband "
    # company words: "Inversiones Costa Cosón", "Grupo Herdez", "Compañía Minera Antamina", "Société Générale"
    "inversiones grupo compañía compania empresa empresas constructora corporación sociedad industrias servicios "
    "transportes cooperativa naviera pesquera minera agropecuaria inmobiliaria distribuidora companhia société "
    "compagnie groupe entreprise promotora operadora desarrolladora".split())
_NEVER_IN_NAMES = GROUP_NOUNS | COMPANY_WORDS | PARTY_WORDS | _FOREIGN_BODY_WORDS | frozenset(
    "what who why how where which".split())  # no person's name has one; a question word makes a heading ("WHAT NEXT?")
_NAME_TOKEN = re.compile(caps(r"^[A-Z][\w.'’-]*$|^(?:of|the|for|de|van|von|al|bin|and|on)$"))


_BASED = re.compile(r"^[A-Z][\w.’'-]*-(?:based|listed|headquartered|registered)$")


def strip_name(mention: str) -> str:
    """The name part of a mention: leading titles, determiners and trailing punctuation off.

    Example:
        >>> strip_name("Political expert Azer Gasimli")
        'Azer Gasimli'
    """
    pair = _titled_pair(mention)
    if pair:
        return pair
    office = _TITLE_OFFICE.fullmatch(mention.strip(" ,.;:\"“”"))
    if office is not None:
        return office.group(1)  # "The President's Office": a body, not an "Office" of a title dropped
    mention = _GLOSS.sub("", mention)  # "Governor (Landeshauptmann) Franz Haidlmair"
    name, _ = split_role(mention)
    name = _HONORIFIC.sub("", name)
    lettered = _POST_NOMINAL.sub("", name)
    words = (lettered if lettered != name and is_person_name(lettered) else name).split()  # not "North Antrim MLA"
    owner = next((k for k, w in enumerate(words[:4]) if re.search(r"[’']s$|s[’']$", w)
                  and (k == 0 or words[k - 1] != "of")), None)  # after "of" it is the name's: "Ministry of Expatriates’ Welfare"
    rest = " ".join(words[owner + 1 :]) if owner is not None else ""
    if rest and (is_proper(rest) if owner == 0 else is_person_name(rest)) and not any(
            w.lower() in ORG_WORDS or w.lower() in GROUP_NOUNS for w in words[owner + 1 :]):
        # "Treasury's Ellison", "The RMT's Eddie Dempsey", "Goldman Sachs' Jan Hatzius": the affiliation is no part
        # of the name ("Sudan's Foreign Ministry" is)
        words = words[owner + 1 :]
    words = " ".join(words).replace("’s", "").replace("'s", "").split()
    while len(words) > 1 and words[0].lower().strip(",") in TITLES and words[1] not in _LINKS and (
            words[0].lower() in ("the", "a", "an") or words[1][:1].isupper() or words[1].lower().strip(",") in TITLES
            or (words[1] in NAME_PARTICLES and len(words) > 2)):  # "Cllr ap Iorwerth"
        words = words[1:]  # not "familiar with the talks" of "An official familiar with the talks"
    while len(words) > 1 and words[1][:1].isupper() and (_BASED.match(words[0]) or (
            words[0] in GOVERNMENT_LEVELS and any(w.lower().strip(",") in GROUP_NOUNS for w in words[1:]))):
        words = words[1:]  # "Calgary-based Norcrest", "the federal Department of X": where it sits is no part of it
    if "of" in words[2:5] and is_person_name(" ".join(words[: words.index("of", 2)])):
        words = words[: words.index("of", 2)]  # "Marcus Greene of Goose Creek"
    if len(words) > 1 and words[-1].lower() in _REFLEXIVES:
        words = words[:-1]  # "Beridze himself called the outcome ...": Beridze
    words = _without_place(words)
    words = _without_portfolio(_without_trade(_without_descriptor(words)))
    name = " ".join(words).strip(" ,.;:\"“”'")
    return name + "." if _INITIALS_END.search(name) and " ".join(words).rstrip(" ,;:\"“”'").endswith(".") else name


#: A title-holder's office as a body: "the President's Office", "the Prime Minister's Office", "Mayor's Office".
_TITLE_OFFICE = re.compile(r"(?:[Tt]he\s+)?((?:Vice[ -])?(?:President|Prime\s+Minister|Chief\s+Minister|Mayor|Governor|"
                           r"Chancellor|Premier|First\s+Minister|Taoiseach)['’]s\s+(?:Office|Secretariat|Cabinet))")
_REFLEXIVES = frozenset("himself herself itself themselves".split())


def _without_descriptor(words: list[str]) -> list[str]:
    """A body's name without the lower-case kind of body (and the place adjectives) before it: "conciliation service
    Acas" -> "Acas", "the regulator Ofgem" -> "Ofgem", "Gabonese conservation group Océans Gabon" -> "Océans Gabon";
    not a person's name after a trade ("cattle rancher Jorge Paz")."""
    kinds = [k for k, w in enumerate(words[:-1]) if w.islower() and w.strip(",") in _BODY_KINDS]
    if not kinds or len(words) > 8:
        return words
    name, before = words[kinds[-1] + 1 :], words[: kinds[-1]]
    if len(name) > 5 or not name[0][:1].isupper() or not all(
            w[:1].isupper() or w in _LINKS or (w.islower() and len(w) <= 3) for w in name):
        return words  # "Ecologistas en Acción" keeps its "en"
    if all(w.islower() or place_key(w) is not None or (k == 0 and _opening_adjective(w)) for k, w in enumerate(before)):
        return name  # "Environmental group EcoPeace Middle East, which ...": an adjective capitalised as it opens the sentence
    return words


def _opening_adjective(word: str) -> bool:
    """A common adjective written with a capital only because it opens the mention ("Environmental", "Conservative")."""
    return word[:1].isupper() and word[1:].islower() and word.lower().endswith(("al", "ic", "ive", "ous", "ary"))


def _without_portfolio(words: list[str]) -> list[str]:
    """A person's full name without the end of a portfolio before it, where the title's commas and "and the" broke
    the mention: "Blue Economy Marlon Gittens" (of "Minister of Maritime Affairs and the Blue Economy Marlon Gittens")."""
    k = 0
    while k < len(words) - 2 and words[k].lower() in PORTFOLIO_WORDS and words[k][:1].isupper():
        k += 1
    return words[k:] if k and is_person_name(" ".join(words[k:])) else words


def _without_trade(words: list[str]) -> list[str]:
    """A person's full name without the lower-case words of their trade before it: "publican Tony Marchetti" ->
    "Tony Marchetti" (a role word's mention is split off before; this is any other trade), and without the party or
    place adjectives before those: "Republican presidential front-runner Donald Trump" -> "Donald Trump"."""
    k = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if k == 0:
        k = _after_described(words)
    if not 1 <= k <= 4 or len(words) - k < 2 or not all(
            _describes(w, last=j == k - 1) for j, w in enumerate(words[:k])) or "and" in words:
        return words  # not "spokesperson for Newfoundland and Labrador Hydro"
    return words[k:] if is_person_name(" ".join(words[k:])) else words


def _describes(word: str, last: bool) -> bool:
    """A word of the description before a full name: lower case (hyphens allowed: "front-runner"), an age
    ("71-year-old"), or, before the last word, a capitalised adjective ("Republican"); no link word or particle."""
    described = (word.replace("-", "").isalpha() and word.islower()) or (not last and word[:1].isupper()) or bool(
        _YEARS_OLD.match(word))
    return described and word not in _LINKS and word not in NAME_PARTICLES


#: An age before a name: "71-year-old retiree Marta Leyva".
_YEARS_OLD = re.compile(r"^\d{1,3}-year-old$")


def _after_described(words: list[str]) -> int:
    """Where a name starts after "<Capitalised adjective> <lower-case words>" ("Democratic rival", "Republican
    presidential front-runner"): the first capitalised word after a lower-case one, or 0."""
    return next((j for j in range(2, len(words)) if words[j][:1].isupper() and words[j - 1][:1].islower()
                 and words[j - 1] not in NAME_PARTICLES and not _PREFIX_ANY_CASE.match(words[j - 1])), 0)


def after_body_kind(mention: str, name: str) -> bool:
    """Whether ``name`` follows a lower-case kind of body in ``mention``: "the conservation group Océans Gabon",
    whose name reads like a person's but is a body's."""
    before = mention[: mention.rfind(name)].split() if name and name in mention else []
    return bool(before) and before[-1] in _BODY_KINDS


#: Lower-case kinds of body that may stand right before a body's one-word name.
_BODY_KINDS = frozenset("service regulator watchdog broadcaster lender insurer carrier airline union agency "
                        "group network charity foundation operator".split())


#: Bodies named by where they are posted: "the UN Mission in South Sudan", "the US Embassy in Baghdad".
_POSTED = frozenset("mission delegation embassy consulate office".split())


def _without_place(words: list[str]) -> list[str]:
    """A name's words without the place after it: "Brandauer in Magdeburg" (as in "said Brandauer in Magdeburg"),
    "Sabine Ortlepp from Halle"; not an organisation's ("Teamsters Local 455 in Chicago") or a title's ("Minister in
    Charge")."""
    place = next((k for k, w in enumerate(words[1:4], 1) if w in ("in", "from")), None)
    if place is None or not 1 <= len(words) - place - 1 <= 3:
        return words
    if all(w[:1].isupper() and w.lower() not in ORG_WORDS | _POSTED for w in words[:place] + words[place + 1 :]) and not all(
            w.lower() in ROLE_WORDS for w in words[:place]):
        return words[:place]
    return words


#: A gloss in brackets between a title and a name: "Governor (Landeshauptmann) Franz Haidlmair".
_GLOSS = re.compile(caps(r"(?<=\S)[ \t]+\([^()\n]{1,40}\)(?=[ \t]+[A-Z])"))
#: A name that ends in dotted initials, whose last dot is part of it ("U.N.", "U.S.").
_INITIALS_END = re.compile(caps(r"(?:^|[\s(])(?:[A-Z]\.)+[A-Z]$"))


_LINKS = frozenset("for of at to from with in on".split())


def _titled_pair(mention: str) -> str:
    """"Dr Ellen Marsh and Dr Tom Fielding" -> "Ellen Marsh and Tom Fielding" (both speak; the role split would
    keep only the first), or "" when the mention is no two titled names."""
    m = re.fullmatch(r"(.+?)\s+and\s+(.+)", mention.strip(" ,"))
    if m is None:
        return ""
    names, ok, titled = [], True, False
    for side in m.groups():
        words = side.split()
        cut = 0
        while cut < len(words) - 1 and words[cut].lower() in TITLES and words[cut][0].isupper():
            cut += 1
        name = " ".join(words[cut:])
        ok = ok and (is_person_name(name) or (cut > 0 and len(words) - cut == 1 and is_proper(name)))
        titled = titled or cut > 0
        names.append(name)
    return " and ".join(names) if ok and titled else ""


#: Honorifics that come before a name and are no part of it: Malaysian titles ("Datuk Seri Khairul", "Tan Sri
#: Azman"), the Philippine abbreviations of Undersecretary and Assistant Secretary ("Usec Bautista"), military ranks
#: written with a hyphen ("Lt-Gen Chan Sophea"), Amharic titles ("Ato Yeshiwas", "Weyzero Tsehay", "Liqe Kahinat Gebremeskel").
_HONORIFIC = re.compile(caps(r"^(?:(?:Tan|Datuk|Dato['’]?|Datin|Puan|Toh)\s+(?:Seri|Sri|Paduka)\s+|"
                        r"(?:Lt|Lieut|Maj|Brig|Vice|Rear)\.?-(?:Gen|Col|Cdr|Adm)\.?\s+|"  # hyphenated ranks: "Lt-Gen", "Maj-Gen"
                        r"(?:Datuk|Dato['’]?|Datin|Tun|Usec\.?|Asec\.?|Atty\.?|Engr\.?|Eng\.|Ing\.|Lic\.|Licda\.|Arq\.|Shri|Shrimati|Smt\.?|Hon\.|Honou?rable|Alhaji|Haji|"
                        r"Alhaja|Comrade|Cde\.?|Ato|W(?:e[iy]|o[iy]?)zero|Weizerit|Liqe\s+(?:Kahinat|Tebebt)|Memhir|Abune)\s+)"
                        r"(?-i:(?=[A-Z]))"), re.I)  # Malaysian, Philippine, Indian, Ghanaian, Nigerian, Zimbabwean, Ethiopian
#: A short nickname's words: one to three capitalised words ("Len", "Ka Mario"), in marks inside a name.
NICKNAME_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
#: A nickname in quotation marks inside a name: 'Mario "Ka Mario" Dela Peña'.
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,25}[\"”’']\s+")
#: A generational suffix after a name: "Jr.", "III".
_GENERATION = re.compile(r"(?<=\w),?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def _bare_name(name: str) -> str:
    """``name`` without a generational suffix or a quoted nickname: "Nana Kwaku Agyemang Badu II" -> "Nana Kwaku
    Agyemang Badu", 'Mario "Ka Mario" Dela Peña' -> "Mario Dela Peña"."""
    return _NICKNAME.sub(" ", _GENERATION.sub("", name))


#: Letters after a name: "Graham Lauder MSP", "Jane Roe MP", "Sir John Smith KC".
_POST_NOMINAL = re.compile(r"(?:,?\s+(?:MSP|MP|MEP|MLA|MS|TD|QC|KC|OBE|CBE|MBE))+$")


def role_alias(mention: str) -> str:
    """The role before a name ("Kremlin spokesman"), or "" when it is only a title ("Mr.")."""
    _, role = split_role(mention)
    words = [w for w in role.split() if w.lower() not in ("the", "a", "an", "its", "his", "her", "their")]
    if len(words) < 2 and all(w.lower().strip(",") in TITLES for w in words):
        return ""
    return " ".join(words)


def role_phrase(text: str) -> bool:
    """A capitalised role ("Ethiopia's Minister of Water and Energy", "U.S. Secretary of State", "The
    Director-General of the Employers' Association"), not an organisation ("the Ministry of Foreign Affairs")."""
    words = [w.strip(",.’'").lower() for w in text.replace("’s ", " ").replace("'s ", " ").split()]
    if len(words) >= 2 and words[-1] in SURNAME_TITLES and words[-2] not in ROLE_WORDS and words[-2] not in TITLES:
        words = words[:-1]  # "Dale Cardinal", "Julie Bishop": a surname, not a cleric's title
    if any(w in ROLE_WORDS for w in words) and not any(w in GROUP_NOUNS for w in words):
        return True
    head = words[:next((i for i, w in enumerate(words) if w in _ROLE_OF), len(words))]
    return any(w in ROLE_WORDS or w.split("-")[0] in ROLE_WORDS for w in head) and not any(w in GROUP_NOUNS for w in head)


_ROLE_OF = frozenset("of for to at on in".split())


def is_person_name(text: str) -> bool:
    """Two to four name words and no role, organisation, company or party word ("Habtamu Gebre", "Abdulmalik
    al-Hadrami"; not "Halvorsen Shipping", "Scottish Greens")."""
    text = _bare_name(text)
    words = text.split()
    if words and words[0].lower() in _NEVER_FIRST:  # "In Tehran", "At Westminster"
        return False
    if words and len(words[-1].strip(".,")) < 2:  # "Line D", "Plan B", "Block C": no surname is one letter
        return False
    # "Khalfan bin Saif Al Shukaili", "Nuno Alexandre Pires de Carvalho": four name words
    core = [w for w in words if w.lower() not in _NASAB and w not in NAME_PARTICLES]
    return 2 <= len(words) <= 6 and len(core) <= 4 and is_proper(text) and not role_phrase(text) and not any(
        ch.isdigit() for ch in text) and not any(
        w.lower().strip(",.") in _NEVER_IN_NAMES for w in words) and not is_landform(text) and not any(
        w.lower().endswith(_ADJECTIVE_ENDS) for w in words)  # "One Bucharest-based flight attendant"


def lists_people(items: list[str]) -> bool:
    """Whether a list a name seems to hold has a person in it ("Ahmed Attaf" of "The Minister of Foreign Affairs,
    Ahmed Attaf, and ..."): a capitalised item with no remit word (:data:`stance.names.REMIT_WORDS`) that reads as a
    name."""
    return any(is_person_name(item) and not any(w.lower() in REMIT_WORDS for w in item.split()) for item in items)


#: The linking words of Arabic (and Sahelian) names, which do not count towards a name's length.
_NASAB = frozenset("bin bint ibn al abu ould ag wad".split())
#: Hyphenated adjectives no name word ends with: "Bucharest-based", "Kenyan-born", "state-owned".
_ADJECTIVE_ENDS = ("-based", "-born", "-led", "-backed", "-owned", "-run", "-funded")


#: Words no person's name starts with: a capitalised run that opens a sentence with one is a phrase, and a
#: compass word opens a region's name.
_NEVER_FIRST = frozenset("in at on for from with by to of and but or the a an as if when after before during "
                         "under over into across since until while "
                         "north south east west central northern southern eastern western "  # "South Caucasus"
                         "st st. saint one senior junior chief deputy acting former la las los el".split())  # "St Augustine": a place;
# "Senior MLB writer" (a byline): a title; "La Viñuela" (a reservoir): an article


def is_personal(text: str) -> bool:
    """A proper name, or a role followed by one ("Samoan environment minister Losa Faleolo")."""
    return is_proper(text) or bool(split_role(text)[1])


_FUNCTION = frozenset("of the for and on in at to por para los las y".split()) | NAME_PARTICLES


def is_proper(text: str) -> bool:
    """A proper name: starts with a capital and every content word is capitalised."""
    words = text.split()
    if not words or not (_capitalised(words[0]) or _PREFIXED.match(words[0]) or (
            len(words) > 1 and words[0] in NAME_PARTICLES and words[1][:1].isupper())):  # "van Aalst"
        return False
    return all(_capitalised(w) or w.lower() in _FUNCTION or not w[:1].isalpha() or _PREFIXED.match(w)
               for w in words)


def _capitalised(word: str) -> bool:
    """A word with a capital first letter, after a Polynesian glottal stop ("ʻAkauʻola", "ʻUlukālala")."""
    return word[:1].isupper() or (word[:1] == "\u02bb" and word[1:2].isupper())


_PREFIXED = re.compile(caps(r"^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-(?=[A-Z])"))
_PREFIX_ANY_CASE = re.compile(r"^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-(?=\w)", re.I)


def surname_form(name: str) -> str:
    """Lower case, particles such as "al-" dropped from each word: "al-Hadrami" and "Hadrami" compare equal."""
    return " ".join(_PREFIX_ANY_CASE.sub("", w) for w in name.split()).lower()


def _person_word(word: str) -> bool:
    """A noun for a person: one the lexicon knows, or a trade it does not ("conductor", "welder")."""
    kind = noun_kind(word)
    return kind == "person" or (kind is None and is_trade_noun(word))


def speaker_kind(name: str) -> str:
    """``"person"``, ``"group"`` (organisations, places, documents), ``"pronoun"`` or ``"nominal"``."""
    low = name.lower()
    if low in PRONOUNS:
        return "pronoun"
    named, role = split_role(name)
    if role and is_person_name(named):
        return "person"  # "opposition MP Khairul Anuar Hamid", "Labour MP X": a role, then a person's name
    name = _bare_name(name)  # "John Smith III" has no acronym in it
    low = name.lower()
    words = low.replace(".", ". ").split()
    head = re.split(r"\s(?:of|for|from|at|with|in|on|to)\s", low, maxsplit=1)[0].split()
    member = not is_proper(name) and any(_person_word(w.strip(".,")) for w in head)
    core = head[: next((k for k, w in enumerate(head) if k and w in POST_MODIFIERS), len(head))]
    if len(core) >= 2 and core[-1] == "general" and core[-2] in ORG_WORDS:
        return "group"  # "the GCC Secretariat General", "the Directorate General": a body, not a general
    if member and core and _person_word(core[-1].strip(".,")) and not core[-1].endswith("s"):
        return "nominal"  # "the union chief", "a government official involved in ...": the compound's head is a person
    if any(w.strip(".,") in ORG_WORDS for w in (head if member else words)):
        return "group"  # not "a member of the national executive committee": a person
    if not is_proper(name):
        return "nominal"
    if any(w.strip(".,") in _FOREIGN_BODY_WORDS for w in words) or is_landform(name):
        return "group"  # "Inversiones Costa Cosón", "Sindicato Unificado de Trabajadores": a body's own words; "Port
        # Otago", "Arkansas Valley Steel": a place's name speaks as a body
    if len(words) == 1 and low.endswith(("ia", "an", "stan", "land")):
        return "group"  # a country
    if len(words) >= 2 and name.split()[-1].isupper() and _person_word(words[-1].strip(".,")):
        return "nominal"  # "A Kaah MP from Togdheer", "a Fine Gael TD": a person's role in initials, after the party
    if (len(words) == 1 or not name.isupper()) and any(ACRONYM.match(w) for w in name.split()):
        return "group"  # "the RCN said ... . It said", "the ANC and the DA": no personal name has initials
    return "person" if 1 <= len(words) <= 4 or (is_person_name(name) and any(w in _NASAB for w in words)) else "group"


def as_written(name: str, text: str) -> str:
    """``name`` as ``text`` writes it, possessives kept: names are compared without them ("Britain fisheries
    minister"), but a reader expects "Britain's fisheries minister". ``name`` itself where the text has no such
    form."""
    words = name.split()
    if len(words) < 2 or "'" in name or "\u2019" in name:
        return name
    pattern = (r"(?<![\w'\u2019])" + r"\s+".join(re.escape(w) + r"(?:['\u2019]s)?" for w in words[:-1])
               + r"\s+" + re.escape(words[-1]) + r"(?!\w)")
    m = re.search(pattern, text)
    return m.group(0) if m else name
