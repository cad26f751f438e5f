"""Parties the writer only summarises, set apart from the quoted speakers (policy points 9 and 10 of
``tests/data/articles/README.md``): a party known only through position verbs ("the union is demanding ..."), two
parties spoken of together ("both sides said", "Kinshasa and the rebels") and classes of people ("Critics say").
:func:`split_positions` divides :func:`stance.grouping.group_quotes`' groups into speakers and positions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stance.cues import PROPOSING, is_position_cue
from stance.names import ORG_WORDS, ORGISH, PORTFOLIO_WORDS, caps, noun_kind, without_possessives
from stance.places import place_key
from stance.types import Quote

#: One speaker's quotes: (canonical name, aliases, quotes).
Group = tuple[str, tuple[str, ...], tuple[Quote, ...]]


def is_position(group: Group) -> bool:
    """Whether a group is a party the writer only summarises ("the union is demanding ...",
    "Kenya is seeking ...", "diplomats fear ..."): every quote is reported speech under a
    position verb (:func:`stance.cues.is_position_cue`). Such a party is not a quoted speaker
    (policy 9 in ``tests/data/articles/README.md``); one statement of its own makes it one."""
    quotes = group[2]
    name = without_possessives(group[0])  # names are shown as written: "Some in Japan's ruling party"
    proposals = not _document(name)  # "The park is proposing a quota"; not "A draft term sheet proposes ..."
    return all(q.kind == "indirect" and (is_position_cue(q.cue) or (proposals and is_position_cue(q.cue, PROPOSING))
                                         or _names_the_talks(q.text) or _asks_for(q))
               for q in quotes) or (
        (is_joint(name) or is_class(name) or _bare_bodies(name, quotes)) and all(q.kind == "indirect" for q in quotes))


_PAPERS = frozenset("paper schedule timetable agenda framework roadmap proposal rota sheet plan".split())


def _document(name: str) -> bool:
    """A document's name ("draft memorandum of understanding", "informal paper", "draft schedule")."""
    return any(noun_kind(w) == "doc" or w in _PAPERS for w in name.lower().split())


#: "has condemned the talks", "encouraged the process", "rejected the talks": a verb whose only words are the
#: negotiation itself is the writer's summary of a party's attitude (policy 9), whatever the verb.
_THE_TALKS = re.compile(r"(?i)^(?:the|these|those|this|its|their)\s+(?:[\w-]+\s+)?(?:talks|negotiations|process|deal|"
                        r"agreement|dialogue|accord|pact|round|initiative|track|format)$")  # "the Moroccan track"


def _names_the_talks(text: str) -> bool:
    return _THE_TALKS.match(text.strip()) is not None


_ASK = frozenset("ask asks asked asking".split())


def _asks_for(q: Quote) -> bool:
    """"has asked for a seat at the talks", "has asked the state government for a seat": what a party wants (policy
    9), not words it said ("asked whether ..." is a question, "asked reporters" an act of speaking)."""
    words = (q.cue or "").lower().split()
    if _OWN_WORDS.search(q.text):
        return False  # 'asked for "full and direct participation"': the party's own words, a statement
    return any(w in _ASK for w in words) and ("for" in words or re.match(r"(?:\S+\s+){0,6}?for\b", q.text) is not None)


#: Words of the party's own in marks, two or more.
_OWN_WORDS = re.compile(r"[\"“][^\"“”\s]+(?:\s+[^\"“”\s]+)+[\"”]")


def _bare_bodies(name: str, quotes: Sequence[Quote]) -> bool:
    """A bare plural of bodies as every quote's speaker mention: "Unions have asked for 12 per cent", "Domestic
    carriers want ..."; not "the unions say", which are the ones the text named."""
    if len(name.split()) > 1 and name.split()[-1][:1].isupper():
        return False  # "Philippine Airlines" is one airline
    words = name.lower().split()
    return bool(words) and words[-1] in _BODY_CLASS_NOUNS and len(words) <= 3 and all(
        q.speaker_mention is not None and not re.match(r"(?i)(?:the|its|their|both|two|three|four|all)\b",
                                                       q.speaker_mention.strip()) for q in quotes)


#: Classes of people a writer sums up ("Critics say ...", "Trade economists say ...", "Human rights groups
#: warned ..."): no one source, whatever verb reports them (unlike "Turkish officials", "diplomatic sources" or
#: "Analysts", whom the gold files count as speakers).
_CLASS_NOUNS = frozenset(
    "critics economists residents workers members producers exporters "
    "importers commuters relatives people groups supporters opponents players campaigners activists farmers "
    "traders investors businesses families voters citizens shoppers customers parents hauliers truckers crews "
    "broadcasters growers scientists researchers harvesters refiners anglers herders employees nurses teachers "
    "drivers pilots tenants vendors fishers owners".split())
#: Plurals of bodies a writer sums up when bare ("Unions have asked for 12 per cent", "Carriers had sought a delay"),
#: though "the unions" are the ones the text has named.
_BODY_CLASS_NOUNS = frozenset(
    "associations carriers airlines unions employers companies manufacturers retailers landlords operators".split())
_CLASS = re.compile(caps(r"^(?:(?P<some>some|many|most) (?:of (?:the |their |its )?)?)?(?:[\w’'.-]+ ){0,3}?(?P<head>[a-z]+)$"),
                    re.I)
_SOME_IN = re.compile(caps(r"^(?:some|many|most)(?: people| [a-z]+s)? (?:in|at|on|within|from) [A-Z][\w ]+$"), re.I)


def is_class(name: str) -> bool:
    """A class of people, not a source: a bare plural of :data:`_CLASS_NOUNS` ("Critics", "Canadian
    producers"), or any people led by "some"/"many"/"most" ("Some Pacific ministers", "Some in Congress")."""
    if _SOME_IN.match(name.strip()) or name.strip().lower() in ("many", "some", "others", "most"):
        return True  # "Some in Congress", "Some people in Gunjur", "Many said they had heard about the meeting ..."
    m = _CLASS.match(name.strip())
    if m is None or re.match(r"^(?:the|a|an|its|their|his|her|two|three|four|both|several|\d)\b", name.strip(), re.I):
        return False
    if " " in name.strip() and m.group("head")[:1].isupper():
        return False  # "United Auto Workers" is a union
    if " of " in name and m.group("some") is None:
        return False  # "nearly two-thirds of voters": a poll's finding
    head = m.group("head").lower()
    return head in _CLASS_NOUNS or (m.group("some") is not None and head.endswith("s"))


#: Two parties spoken of together: "both sides", "neither side", "Kinshasa and the rebels", "Japanese and Chinese
#: officials". Their reported views are the writer's summary of two positions, not one speaker's statement.
_JOINT = re.compile(caps(r"^(?:the |its |their )?(?:both|neither|the two|two) (?:ruling |main |rival |warring |negotiating )?"
                    r"(?:sides?|parties|camps|countries|governments|nations|capitals|neighbou?rs|companies|firms|"
                    r"societies|co-ops|cooperatives|airlines|banks|administrations|presidents|leaders)$"
                    r"|^(?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)? and the [a-z]+(?:['’]s)? [A-Z][\w.-]*$"  # "X and the territory's Liberals"
                    r"|^neither .+ nor .+$|^(?:both|neither) (?:delegations?|teams?)$"
                    r"|^one of .+ and (?:one|another) of .+$"  # "one of X's largest hospital systems and one of ..."
                    r"|^both (?:[\w'’-]+ ){0,2}[a-z]+s$"  # "both transport ministers"
                    r"|^(?:the )?two (?:[\w'’-]+ ){0,2}(?:ministers|leaders|presidents|negotiators|envoys)$"
                    # "the two countries' energy ministers told a joint press conference"
                    r"|^(?:[A-Z][\w.-]*|the [a-z]+) and (?:the |its |their )?(?:[A-Z][\w.-]* )?[a-z]+s$"
                    r"|^[A-Z][\w.'’-]* and the [a-z]+s$"
                    r"|^(?:the )?[a-z]+ and the (?:[\w-]+ )?[a-z]+$"), re.I)  # "the league and the union", "the
# chancellor and the French president": each with its article


#: People of both sides, or each side: "officials on both sides", "people from both camps", "each side".
_BOTH_SIDES = re.compile(r"^(?:[\w'’-]+ )*?(?:on|from|of|in) (?:both|the two) (?:sides|parties|camps|delegations"
                         r"|countries|governments|capitals)$"
                         r"|^(?:each|either) (?:side|party|camp|delegation)$", re.I)
#: Two named parties, or their people: "India and Britain", "European Union and U.S. negotiators", "Iraqi and U.S.
#: military officials", "Vooruit and CD&V" (an ampersand inside a party's initials).
_TWO_NAMED = re.compile(caps(r"^(?:the )?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*)* and (?:the )?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*)*"
                        r"(?: [a-z]+)?(?: [a-z]+s)?$"))
#: Two bodies' names, each with its own article, either with an "of" inside: "the Nigeria Labour Congress and the Trade
#: Union Congress of Nigeria" (not "the Ministry of Trade and Industry", one body).
_TWO_BODIES = re.compile(caps(r"^(?:the )?[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|of|for))* and the [A-Z][\w.’'-]*"
                         r"(?: (?:[A-Z][\w.’'-]*|of|for|the))*$"))
#: "Both the JSP and the Congress said": "both" names no body; two parties follow it.
_BOTH_OF_TWO = re.compile(r"^both \S.* and \S", re.I)
#: Three or more named parties: "France, Ireland, Poland and Austria".
_LISTED = re.compile(caps(r"^(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?:, (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)+"
                     r",? and (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*$"))
#: Countries whose one name has an "and".
_AND_NAMES = frozenset(("bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda",
                        "saint kitts and nevis", "sao tome and principe", "são tomé and príncipe"))


#: People of a body or a list of bodies: "Leaders of", "Officials from".
_PEOPLE_OF = re.compile(r"^([A-Za-z]+s)\s+(?:of|from)\s+(?=(?:the\s+)?[A-Z])")


def is_joint(name: str) -> bool:
    """A source that is two parties together ("both sides", "Kinshasa and the rebels", "India and Britain",
    "officials on both sides"), not a joint document nor a country whose name has an "and"."""
    name = name.strip()
    people = _PEOPLE_OF.match(name)  # "Leaders of the Nepali Congress, the CPN-UML and the RPP": the parties'
    if people is not None and noun_kind(people.group(1)) == "person":
        name = name[people.end():]
    words = name.lower().replace(",", " ").split()  # "Immigration, Refugees and Citizenship Canada"
    if not words or noun_kind(words[-1]) == "doc" or any(n in name.lower() for n in _AND_NAMES):
        return False  # a joint statement, or one country whose name has an "and" ("Bosnia and Herzegovina")
    if len(words) >= 3 and place_key(words[-1]) is not None and (
            all(w in PORTFOLIO_WORDS or w == "and" for w in words[:-1])
            or (sum(w in PORTFOLIO_WORDS for w in words[:-1]) >= 2 and not any(
                place_key(w) is not None for w in words[:-1]))):
        return False  # a department named by its portfolios and its country: "Fisheries and Oceans Canada",
        # "Crown-Indigenous Relations and Northern Affairs Canada"
    parts = re.split(r",\s+|\s+and\s+", name)
    if len(parts) >= 3 and words[-1] in ORG_WORDS and not any(p.lower().startswith("the ") for p in parts[1:]) and not any(
            place_key(p) or any(w.lower() in ORGISH for w in p.split()) for p in parts[:-1]):
        return False  # one body named by a list: "the National Education, Health and Allied Workers’ Union"
    if _JOINT.match(name) or _BOTH_SIDES.match(name) or _LISTED.match(name) or _BOTH_OF_TWO.match(name):
        return True
    if _TWO_BODIES.match(name) and all(any(w.lower() in ORG_WORDS | ORGISH for w in side.split())
                                       for side in name.split(" and the ", 1)):
        return True  # "the Nigeria Labour Congress and the Trade Union Congress of Nigeria"
    # not one body's name ("the Competition and Markets Authority"), nor a company's named by its two trades, the
    # first after the company's own name ("Airbus Defence and Space")
    left = name.split(" and ", 1)[0].split()
    trades = len(left) >= 2 and left[-1].lower() in PORTFOLIO_WORDS
    return bool(_TWO_NAMED.match(name)) and words[-1] not in ORG_WORDS | ORGISH and not trades


def split_positions(groups: Sequence[Group]) -> tuple[list[Group], list[Group]]:
    """Groups -> (quoted speakers, parties known only by their positions), each in input order."""
    speakers: list[Group] = []
    positions: list[Group] = []
    for g in groups:
        (positions if is_position(g) else speakers).append(g)
    return speakers, positions
