"""A speaker mention split into its name and its appositions: "Matthew Miller, spokesperson for the U.S. State
Department" -> "Matthew Miller" and "spokesperson for the U.S. State Department", with the commas that belong to a
name or a title ("France, Ireland and Spain", "Investment, Trade and Industry Minister X") kept inside it."""

from __future__ import annotations

import re

from stance.abbreviations import STATES
from stance.names import ABSTRACT_ENDINGS, ORG_WORDS, PORTFOLIO_WORDS, ROLE_WORDS, caps, noun_kind
from stance.speakers import is_person_name, is_personal, lists_people, role_phrase, strip_name

_LISTED_NAME = re.compile(caps(r"^(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+\s+&\s+(?=[A-Z])"
                          # "the Department of Climate, Energy and the Environment": a portfolio list in a name
                          # (after "An official at Japan's ": who speaks for it)
                          r"|^(?:[Aa]n?\s+(?:[a-z]+\s+){1,3}(?:at|of|from)\s+(?:[A-Z][\w-]*['’]s\s+)?)?"
                          r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)*(?:Department|Ministry|Minister|Secretary|Office|Committee)"
                          # "Ministry of Foreign Affairs, International Business and International Cooperation"
                          r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+(?:and|&)\s+"
                          r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                          # "Innovation, Science and Economic Development Canada": a Canadian department lists its remits
                          r"|^(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+and\s+(?:[A-Z][\w’'-]*\s+){0,3}Canada\b"
                          # "the Kansas City, Missouri, Police Department": a city and its state in a body's name
                          r"|^(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+"
                          r"(?=(?:[A-Z][\w’'-]*\s+){0,2}(?:Department|Council|Board|Office|Schools|Authority)\b)"))


#: A name with a comma list inside, then its initials in brackets: "The National Union of Banks, Insurance and
#: Financial Institutions Employees (NUBIFIE)".
_SPELLED_LIST = re.compile(caps(r"^((?:[Tt]he\s+)?[A-Z][^(),]*,[^()]*?\s(?:and|&)\s[^()]*?)\s*\(([A-Z]{3,10})\)$"))


#: Plural people of a list of bodies: "Leaders of the Nepali Congress, the CPN-UML and the RPP".
_PEOPLE_OF_LIST = re.compile(caps(r"^[A-Z][a-z]+s\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,]*(?:,\s+(?:the\s+)?[A-Z][^,]*)*"
                                  r",?\s+and\s+(?:the\s+)?[A-Z][^,]*$"))


def _list_items(name: str) -> list[str]:
    """The items of the list inside a listed name, after its "of" or "for": "Foreign Affairs", "Ahmed Attaf", "the
    Minister" of "The Minister of Foreign Affairs, Ahmed Attaf, and the Minister"."""
    tail = re.split(r"\s(?:of|for)\s", name, maxsplit=1)[-1]
    return [i.strip() for i in re.split(r",|\s(?:and|&)\s", tail) if i.strip()]


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, a leading "The" left out."""
    return "".join(w[0] for w in re.sub(r"^[Tt]he\s+", "", name).replace(",", " ").split() if w[:1].isupper())


def split_apposition(mention: str) -> tuple[str, tuple[str, ...]]:
    """``"Matthew Miller, spokesperson for X"`` -> ``("Matthew Miller", ("spokesperson for X",))``. A list of names
    ("France, Ireland, Poland and Austria") is no name with appositions: it stays whole."""
    mention = _RETIRED.sub("", mention)  # "Brigadier (retd) Tahir Mehmood Awan": a rank's bracket, no apposition
    if _NAME_LIST.match(mention.strip()) and not any(
            w.lower().strip(",") in ROLE_WORDS for w in mention.split()):  # not "John Roe, Chairman and CEO"
        return mention.strip(), ()
    if _PEOPLE_OF_LIST.match(mention.strip()):  # "Leaders of the Nepali Congress, the CPN-UML and the RPP"
        return _ACRONYM_LAST.sub("", mention.strip()).strip(), ()
    spelled = _SPELLED_LIST.match(mention.strip())  # "The National Union of Banks, Insurance and ... (NUBIFIE)"
    if spelled is not None and _initials(spelled.group(1)) == spelled.group(2):
        return spelled.group(1), ()
    listed = _LISTED_NAME.match(mention)  # "The Media, Entertainment & Arts Alliance, the union ..."
    if listed is not None and lists_people(_list_items(listed.group())):
        listed = None  # "The Minister of Foreign Affairs, Ahmed Attaf, and the Minister of ...": a person in it
    cut = listed.end() if listed else 0
    body = _ACRONYM_AFTER.sub("", mention[cut:])  # "the Nigeria Employers’ Consultative Association (NECA), Mr X"
    body = _ACRONYM_BEFORE_AND.sub("", body)  # "the Nigeria Labour Congress (NLC) and the Trade Union Congress"
    body = _ACRONYM_LAST.sub("", body)  # "A member of the ANC's national executive committee (NEC)": the member
    body = _INNER_BRACKET.sub("", body)  # "CPN (Maoist Centre) chair Dilli Ram Gurung": part of the party's name
    parts = [p.strip(" ,()") for p in _APPOSITION_BREAK.split(body, maxsplit=1)]
    if cut:  # the space after "Agriculture's" in "The Ministry of Environment, Water and Agriculture's branch" kept
        parts[0] = (mention[:cut] + (" " if mention[cut : cut + 1].isspace() else "") + parts[0]).strip(" ,")
    parts = [p for p in parts if p]
    if not parts:
        return mention.strip(), ()
    head, rest = parts[0], parts[1:]
    if rest and _portfolio_list(head, rest[0]):  # "Namibia's minister of agriculture, water and land reform, X"
        listed_rest, _, more = rest[0].partition(",")
        head, rest = f"{head}, {listed_rest.strip()}", [more.strip(), *rest[1:]]
    elif rest and (_listed_portfolios(head, rest[0]) or _more_portfolios(head, rest[0]) or _lower_ministry(head, rest[0])):
        head, rest = f"{head}, {rest[0]}", rest[1:]  # "Investment, Trade and Industry Minister Datuk Seri X"
    name, comma, more = rest[0].partition(",") if rest else ("", "", "")
    if comma and is_person_name(strip_name(name.strip())) and " and " not in f" {name.strip()} ":
        # "The Centre's interlocutor, Arvind Bhattacharjee, a retired officer": a name between two appositions
        rest = [name.strip(), more.strip()]
    elif (comma and " and " in f" {name.strip()} " and "," not in more and role_phrase(head)
          and is_person_name(strip_name(more.strip()))):
        # "The Ranking Member on the Committee on Food, Agriculture and Cocoa Affairs, Mr Ebo Arthur": the comma
        # lies inside the role's list of portfolios; the person comes after it
        head, rest = more.strip(), [f"{head}, {name.strip()}"]
    # not "Dr. Neville Forde of the University of the West Indies, Cave Hill": a named person, then a place
    named = " " in strip_name(head) and is_person_name(strip_name(head))
    if rest and _personal(rest[0]) and not named and (not is_personal(head) or (
            role_phrase(head) and is_person_name(strip_name(rest[0])))):
        head, rest = rest[0], [head, *rest[1:]]
    elif len(rest) == 1 and not is_personal(head) and (last := rest[0].rpartition(",")[2].strip()) and (
            "," in rest[0] and is_person_name(last)):  # "The administrateur superieur, the state's senior
        head, rest = last, [head, rest[0].rpartition(",")[0].strip()]  # representative ..., Xavier Menard"
    rest = [_AGE.sub("", r) for r in rest]
    aliases = tuple(r for k, r in enumerate(rest) if r and len(r.split()) <= 16
                    and not r.lower().startswith(("who ", "which ")) and not _glosses_body(head, rest[:k], r))
    return head, aliases


#: A lower-case description that ends on a kind of body: "the largest union", "a state-owned company".
_BODY_GLOSS = re.compile(r"^(?:the|a|an|its)(?: [a-z-]+){0,3} ([a-z]+)$")


def _glosses_body(head: str, before: list[str], alias: str) -> bool:
    """Whether ``alias`` describes the body a person's role names rather than the person: "Miloud Chakiri, deputy
    secretary general of the Union Marocaine du Travail (UMT), the largest union" (not an alias of his, so that a
    later "the union" is not his)."""
    m = _BODY_GLOSS.match(alias)
    return (m is not None and m.group(1) in ORG_WORDS and bool(before) and " of " in before[-1]
            and is_person_name(strip_name(head)))


def _personal(text: str) -> bool:
    """A name, a role with a name, or a name and the body after "of" ("Sophie Dewael of the liberal Reformist
    Movement", whose "liberal" :func:`is_personal` would not pass)."""
    return is_personal(text) or (" of " in text and is_person_name(text.partition(" of ")[0]))


def _portfolio_list(head: str, rest: str) -> bool:
    """Whether the comma after ``head`` lies inside a list of portfolios ("minister of agriculture, water and land
    reform, X"): ``head`` ends on a portfolio after "of" or "for", and ``rest`` runs on with lower-case words joined by
    "and" up to the next comma."""
    words = head.lower().split()
    listed, comma, _ = rest.partition(",")
    return (len(words) >= 2 and words[-2] in ("of", "for") and words[-1] in PORTFOLIO_WORDS and bool(comma)
            and " and " in f" {listed.strip()} " and len(listed.split()) <= 6
            and all(w.isalpha() and w.islower() for w in listed.split()))


def _listed_portfolios(head: str, rest: str) -> bool:
    """Whether ``head`` opens a capitalised list of portfolios that ``rest`` closes with its role: "Investment" and
    "Trade and Industry Minister Datuk Seri Rahmat Ismail" are one minister's title and name."""
    words, more = head.split(), rest.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.lower() in PORTFOLIO_WORDS for w in words):
        return False
    k = 0
    while k < len(more) and (more[k] == "and" or (more[k][:1].isupper() and more[k].lower() in PORTFOLIO_WORDS)
                             or re.fullmatch(r"[A-Z]{2,}s?", more[k])):  # "Industry, Commerce and MSMEs Minister X"
        k += 1
    return 0 < k < len(more) and "and" in more[:k] and more[k].lower().strip(",") in ROLE_WORDS


def _lower_ministry(head: str, rest: str) -> bool:
    """Whether ``rest`` ends the list of portfolios of a ministry written in lower case: "the department of trade" and
    "industry and competition" are one department."""
    words, more = head.lower().split(), rest.split()
    return (len(words) >= 3 and words[-3] in ("department", "ministry") and words[-2] in ("of", "for")
            and words[-1] in PORTFOLIO_WORDS and "and" in more and all(
                w == "and" or (w.islower() and (w in PORTFOLIO_WORDS or w.endswith(ABSTRACT_ENDINGS))) for w in more))


def _more_portfolios(head: str, rest: str) -> bool:
    """Whether ``rest`` ends a ministry's name that ``head`` opens: "Ministry of Internally Displaced Persons from the
    Occupied Territories" and "Labour, Health and Social Affairs" (capitalised portfolios joined by "and")."""
    words = rest.split()
    if _LISTED_BODY.match(head) and _LISTED_BODY_END.fullmatch(rest.strip()) and not is_person_name(head.strip()):
        return True  # "National Education, Health and Allied Workers’ Union": the list opens the union's name
    if _UNION_OF.search(head) and "and" in words and all(w in ("and", "of", "the") or w[:1].isupper() for w in words) and (
            not any(is_person_name(part.strip()) and " of " not in part for part in rest.split(" and "))):
        return True  # "The National Federation of Mining, Metallurgical and Steel Workers of Peru"
    return bool(_BODY_OF.search(head)) and "and" in words and all(
        w == "and" or (w[:1].isupper() and (w.lower().strip(",") in PORTFOLIO_WORDS or w.lower().endswith(ABSTRACT_ENDINGS)))
        for w in words)  # "Office of the Presidential Adviser on Peace, Reconciliation and Unity"


_LISTED_BODY = re.compile(caps(r"^(?:[Tt]he )?(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+$"))
_LISTED_BODY_END = re.compile(caps(r"(?:[A-Z][\w-]+ )+and (?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+['’]? (?:Union|Federation|"
                                   r"Association|Council|Congress|Alliance|Confederation|Organisation|Organization)"))
#: A union or federation named for its trades, whose list the comma runs on: "Federation of Mining, Metallurgical and ...".
_UNION_OF = re.compile(r"\b(?:Federation|Confederation|Union|Association|Syndicate|Chamber) of [A-Z][\w-]+$")


_BODY_OF = re.compile(r"\b(?:Ministry|Department|Minister|Secretary|Office|Commission|Committee|Council|Adviser|Advisor) "
                      r"(?:of|for|on)\b")


_ITEM = caps(r"(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}")
#: A list of names with two commas or more: "France, Ireland, Poland and Austria", "Kenya, Uganda, and Tanzania"
#: ("According to Lindqvist, the United States and Russia hold ..." is a name, then the clause's subject).
_NAME_LIST = re.compile(rf"^{_ITEM}(?:, {_ITEM}){{2,}} and {_ITEM}$|^{_ITEM}(?:, {_ITEM})+, and {_ITEM}$")


#: An age after a name ("Luis Ortega, 44", "Erik Sand, 44, an economist"): it names nobody.
_AGE = re.compile(r"^(?:aged )?\d{1,3}(?:,\s*|$)")


#: Where an apposition begins: a comma (not the thousands separator of "About 1,500 strikers", nor the comma before a
#: town's state in "The BCTGM's international office in Kensington, Md."), a spaced dash or a bracket.
_APPOSITION_BREAK = re.compile(r"(?<!\d),(?!\s+(?:" + "|".join(sorted(STATES)) + r")\.(?:,|\s*$))|(?<=\d),(?!\d{3}(?!\d))"
                               r"|\s[—–-]\s|\(|\)")
#: "(retd)" after a rank: the officer has retired.
_RETIRED = re.compile(r"\s*\((?i:retd|retired|ret|rtd)\.?\)")
#: An organisation's initials in brackets right before the comma of an apposition.
_ACRONYM_AFTER = re.compile(caps(r"\s*\([A-Z][A-Za-z&]{1,9}\)(?=,)"))
#: An organisation's initials in brackets before "and" another name: "the Nigeria Labour Congress (NLC) and the TUC".
_ACRONYM_BEFORE_AND = re.compile(caps(r"\s*\([A-Z][A-Za-z&]{1,9}\)(?=\s+and\s)"))
#: Brackets inside a body's name, before the role that follows it ("CPN (Maoist Centre) chair X").
_INNER_BRACKET = re.compile(caps(r"\s*\([^()]{1,40}\)(?=\s+[a-z])"))
#: An organisation's initials in brackets that end a mention: they abbreviate the organisation, not the mention.
_ACRONYM_LAST = re.compile(caps(r"(?<=\w)\s+\([A-Z][A-Za-z&]{1,9}\)\s*$"))


def canonical_mention(mention: str) -> str:
    """Name used for one mention: appositions split off, titles stripped."""
    head, _ = split_apposition(mention)
    name = strip_name(head)
    return name or head


#: "One of them, a man in his fifties who owns three buildings": the person the apposition describes.
_ONE_DESCRIBED = re.compile(r"(?i)^(?:one|one of (?:them|those|us)),\s+((?:a|an)\s+.+?)(?:\s+(?:who|whose)\b.*)?$")


def described_one(mention: str) -> str | None:
    """The apposition of "One of them, a 34-year-old nurse", when it describes a person: who speaks, whoever "them"
    are (an unnamed person of their own, policy 6)."""
    m = _ONE_DESCRIBED.match(mention.strip())
    return m.group(1) if m is not None and any(noun_kind(w) == "person" for w in m.group(1).split()[1:4]) else None
