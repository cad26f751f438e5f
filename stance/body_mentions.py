"""What a body's mention says in its own words: the body an unnamed spokesperson names ("a spokesman for the Turkish
Foreign Ministry" -> "Turkish Foreign Ministry"), a head of government's voice and office, and a generic body's noun,
portfolio and country ("Norway's trade ministry"). Plain strings; :mod:`stance.bodies` finds the body they stand for.
"""

from __future__ import annotations

import re

from stance.body_fit import GENERIC_ORGS
from stance.names import GOVERNMENT_LEVELS, caps
from stance.places import place_key

#: A head of government whose spokesperson speaks for the government ("the Prime Minister's official spokesman").
_LEADERS = r"(?:prime minister|president|premier|chancellor|first minister)"
LEADER = re.compile(rf"^{_LEADERS}(?:['’]s)?(?: official)?$", re.I)
#: A head of government's office, which speaks for the government ("the prime minister's office").
LEADER_OFFICE = re.compile(rf"^(?:the )?{_LEADERS}['’]s office$", re.I)
_SPOKES = re.compile(
    caps(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?P<pre>[\w][\w’'. -]*?)\s+)?(?:spokes(?:man|woman|person)|representative)"
    r"(?:\s+(?:for|of)\s+(?P<post>(?:the\s+)?[\w](?:[\w’'. -]|,\s(?=[A-Z]))*?))?"  # "Climate, Energy and ..."
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?$"))  # "a company spokesman in Vilnius"


#: A body's initials in brackets at the end of a mention.
_BRACKETED_SHORT = re.compile(caps(r"\s*\([A-Z][\w&.-]{1,9}\)$"))
_THE_LEVEL = re.compile(caps(rf"^[Tt]he\s+(?:(?:{'|'.join(GOVERNMENT_LEVELS)})\s+(?=[A-Z]))?"))


def same_role(alias: str, role: str) -> bool:
    """The role the alias gives, or that role with a modifier before it when the role has two words or more
    ("congolese government spokesman" is the "government spokesman"; a bare "spokesman" needs the whole alias)."""
    return alias == role or (" " in role and alias.endswith(" " + role))


def spoken_body(mention: str) -> str | None:
    """The body an unnamed spokesperson mention names ("the group's spokesman" -> "group", "a spokesman for the
    Turkish Foreign Ministry" -> "Turkish Foreign Ministry", "a spokesperson" -> ""), or None for no such mention."""
    m = _SPOKES.match(_BRACKETED_SHORT.sub("", mention.strip()))  # "... Agency (PMSA)"
    if m is None:
        return None
    body = _THE_LEVEL.sub("", (m.group("pre") or m.group("post") or "").strip())  # "the federal Department of X"
    return re.sub(r"(?<=\w)['’]s$", "", body)


def generic_head(name: str) -> tuple[str, list[str], str | None]:
    """A generic body's noun, the lower-case portfolio words before it and the country before those: "Norway's
    trade ministry" -> ("ministry", ["trade"], "norway"), "the union" -> ("union", [], None); a name ("European
    Commission", "Labour Party") or a longer phrase -> ("", [], None)."""
    words = re.sub(r"^(?:the|The) ", "", name).split()
    if " ".join(words).lower() in GENERIC_ORGS:
        return " ".join(words).lower(), [], None
    country = place_key(re.sub(r"['’]s$", "", words[0])) if len(words) >= 3 else None
    words = words[1:] if country is not None else words  # "Norway's trade ministry" (stored "Norway trade ministry")
    if 2 <= len(words) <= 3 and words[-1] in GENERIC_ORGS and all(w.islower() for w in words[:-1]):
        return words[-1], words[:-1], country
    return "", [], None


def holds_portfolio(name: str, portfolio: list[str]) -> bool:
    """Every portfolio word is a word of the body's name ("trade" of "Ministry of Trade, Industry and Fisheries")."""
    have = name.lower().replace(",", " ").split()
    return all(w in have for w in portfolio)
