"""Splitting a mention into a person's name and the role before it: "Kremlin spokesman Arkady Belov" ->
("Arkady Belov", "Kremlin spokesman"), "Minister of State for Heritage Malcolm Noonan" -> ("Malcolm Noonan", ...).

Pure string code on the word lists of :mod:`stance.names`, no spaCy.
"""

from __future__ import annotations

import re

from stance.names import (
    NAME_PARTICLES,
    ORG_WORDS,
    ORGISH,
    PORTFOLIO_WORDS,
    ROLE_WORDS,
    SURNAME_TITLES,
    is_trade_noun,
    noun_kind,
)
from stance.places import place_key

_PREFIXED = re.compile(r"^(?:al|el|bin|ibn|abu)-[A-Z]")


def _name_token(tok: str) -> bool:
    word = tok.strip(",.;:\"“”'’()")
    low = word.lower()
    if not word or low in ROLE_WORDS or low + "." in ROLE_WORDS or _hyphened_role(low):
        return False
    return word[:1].isupper() or bool(_PREFIXED.match(word))


def _hyphened_role(low: str) -> bool:
    """"secretary-general", "attorney-general", "prime minister-designate": a role joined by hyphens, no name."""
    parts = low.split("-")
    return len(parts) > 1 and parts[0] in ROLE_WORDS and parts[-1] in ("general", "elect", "designate")


def _surname_title(tokens: list[str], j: int) -> bool:
    """``tokens[j]`` is a capitalised title ending the name before it, no name after it: "Dale Cardinal of ..."."""
    word = tokens[j].strip(",.;:\"“”'’()")
    nxt = tokens[j + 1].strip(",.;:\"“”'’()") if j + 1 < len(tokens) else ""
    return (word.lower() in SURNAME_TITLES and word[:1].isupper() and j > 0 and _name_token(tokens[j - 1])
            and not (nxt[:1].isupper() and _name_token(nxt)))


def _inner_sheikh(tokens: list[str], j: int) -> bool:
    """``tokens[j]`` is "Sheikh" between two names, a part of a Somali name ("Hassan Sheikh Mohamud", "Amina Sheikh
    Abdi"), not a title before the name after it ("Grand Sheikh Ahmed el-Tayeb" keeps its title)."""
    word = tokens[j].strip(",.;:\"“”'’()")
    return (word == "Sheikh" and 0 < j < len(tokens) - 1 and _name_token(tokens[j - 1]) and _name_token(tokens[j + 1])
            and tokens[j - 1].lower() != "grand" and not tokens[j - 1].endswith(",")
            and place_key(tokens[j - 1].strip(",.")) is None)  # "Oman's Sheikh Hilal": the place's


def _runs(tokens: list[str]) -> list[tuple[int, int]]:
    """Spans of name tokens, letting particles ("de", "van") join two name tokens."""
    runs, i = [], 0
    while i < len(tokens):
        if not _name_token(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and (
            _name_token(tokens[j])
            or _particles_then_name(tokens, j)
            or tokens[j].strip(",.") in _AFTER_NAME
            or _surname_title(tokens, j)
            or _inner_sheikh(tokens, j)
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


#: Patronymic words that close a name: "Azamat Nurlanbek uulu", "Aigerim Bolotbek kyzy", "Elnur Aliyev oglu".
_AFTER_NAME = frozenset("uulu kyzy oglu ogly qizi".split())


def _particles_then_name(tokens: list[str], j: int) -> bool:
    """``tokens[j]`` opens a run of particles that a name token ends ("de la Maza", "van der Berg")."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k] in NAME_PARTICLES:
        k += 1
    return j < k < len(tokens) and _name_token(tokens[k])


#: A legislature's chamber, after which a name may follow its holder's role: "deputy leader in the Assembly X".
CHAMBERS = frozenset("assembly senate house parliament legislature council sabha lok rajya majlis duma knesset "
                     "sejm riksdag storting bundestag".split())


#: Roles held for a seat: "MP for Lowan Peter Whitcombe", "Member for Bristol West Thangam Debbonaire".
_SEATED = frozenset("mp mps mla msp mhk td mep member senator congressman congresswoman representative councillor "
                    "councilor assemblyman assemblywoman".split())


def _after_seat(tokens: list[str], i: int, j: int) -> int | None:
    """Where the name starts in the run ``tokens[i:j]`` after "<seated role> for": the seat's name, then the person's
    two words (a seat and a name run together, so the name is taken as the last two words), or None."""
    if i < 2 or j - i < 3 or tokens[i - 1].lower() != "for" or tokens[i - 2].lower().strip(",") not in _SEATED:
        return None
    return j - 2


def _after_portfolio(tokens: list[str], i: int, j: int) -> int | None:
    """Where the name starts in the run ``tokens[i:j]`` that ends "<role> of <portfolio> <Name>" or "<role> in the
    <chamber> <Name>", or None."""
    k = i - 1
    while k > 0:  # back over "the" and "<portfolio> and": "of Energy and Mines X", "for X and the Environment Y"
        if tokens[k].lower() == "the":
            k -= 1
        elif tokens[k].lower() == "and" and tokens[k - 1].lower().rstrip(",") in PORTFOLIO_WORDS:
            k -= 2
        elif tokens[k].lower().rstrip(",") in PORTFOLIO_WORDS and tokens[k + 1].lower() in PORTFOLIO_WORDS | {"and"}:
            k -= 1  # "for Foreign Affairs and Trade X", "of Climate, Energy and Environment X": the portfolio's words
        else:
            break
    # the chamber may carry its place first: "leader in the GB Assembly Sajjad Ali Shigri"
    seat = next((t for t in range(i, min(i + 2, j)) if tokens[t].lower() in CHAMBERS), None)
    chamber = k >= 1 and tokens[k].lower() in ("in", "of") and seat is not None
    of_state = k >= 3 and [t.lower() for t in tokens[k - 2 : k]] == ["of", "state"] and (
        tokens[k - 3].lower() in ROLE_WORDS)  # "Minister of State for Heritage X", "Secretary of State for Scotland X"
    if k < 1 or (tokens[k].lower() not in ("of", "for") and not chamber) or (
            tokens[k - 1].lower().strip(",") not in ROLE_WORDS and not of_state):
        return None
    start = seat + 1 if chamber else i
    while start < j and (tokens[start].lower() in PORTFOLIO_WORDS or (chamber and tokens[start].lower() in CHAMBERS)):
        start += 1  # "Opposition deputy leader in the Assembly P.K. Firoz"
    if any(t.lower().strip(",.") in ORGISH for t in tokens[start:j]) or place_key(tokens[j - 1].strip(",.")):
        return None  # "spokesman for the State Department John Kirby", "for Environment and Climate Change Canada":
        # no portfolio, an organisation
    return start if start > i and j - start >= 2 else None


#: Plural and collective heads that end a body's name inside a title ("Cabinet of Ministers", "Joint Chiefs of Staff").
BODY_TAILS = frozenset("ministers staff directors governors representatives commons lords deputies commissioners "
                       "trustees nations states chiefs".split())
_TITLE_LINKS = frozenset(("of", "for", "the", "and"))


def _after_body(tokens: list[str], i: int, j: int) -> int | None:
    """Where the name starts in the run ``tokens[i:j]`` that ends "<role> of the <body> <Name>" ("Deputy Chairman of
    the Cabinet of Ministers Nurbek Sadyrbaev", "President of the European Commission Ursula von der Leyen"): the
    name follows the run's last body word; or None."""
    k = i - 1
    while k >= 0 and (tokens[k].lower() in _TITLE_LINKS or _name_token(tokens[k])):
        k -= 1
    role = tokens[k].lower().strip(",") if k >= 0 else ""
    if role not in ROLE_WORDS or tokens[k + 1].lower() not in ("of", "for") or role.startswith("spokes"):
        return None  # not "spokesman for the State Department John Kirby", which test_rules_name_forms keeps whole
    bodies = [t for t in range(i, j) if tokens[t].lower().strip(",.") in ORG_WORDS | ORGISH | BODY_TAILS]
    if not bodies:
        return None
    start = bodies[-1] + 1
    return start if 2 <= j - start <= 4 and tokens[start][:1].isupper() else None


def split_role(mention: str) -> tuple[str, str]:
    """``"Kremlin spokesman Arkady Belov"`` -> ``("Arkady Belov", "Kremlin spokesman")``.

    A person's name is a run of capitalised words right after a role word; what comes
    before is the role, and a trailing ``of``/``at`` phrase is dropped. Mentions without such
    a run (organisations, bare names) come back unchanged with an empty role.

    Example:
        >>> split_role("Political scientist Joost Verhagen of Leiden University")
        ('Joost Verhagen', 'Political scientist')
    """
    tokens = mention.replace("’s ", " ").replace("'s ", " ").split()
    for i, j in _runs(tokens):
        prev = tokens[i - 1].lower().strip(",") if i > 0 else ""
        start = _after_portfolio(tokens, i, j)
        if start is None:
            start = _after_body(tokens, i, j)
        if start is None:
            start = _after_seat(tokens, i, j)
        if start is not None:  # "Minister of Finance Kumudu Jayasekara", "Chairman of the Cabinet of Ministers X"
            return " ".join(tokens[start:j]).strip(" ,.;:"), " ".join(tokens[:start]).strip(" ,")
        words = [t.lower().strip(",.") for t in tokens[i:j]]
        trade = i > 0 and is_trade_noun(tokens[i - 1]) and j - i >= 2  # "cattle rancher Jorge Paz"
        role_word = prev in ROLE_WORDS or any(part in ROLE_WORDS for part in prev.split("-"))  # "secretary-general"
        if not (role_word or trade) or any(w in ORGISH for w in words):
            continue
        if j < len(tokens) and tokens[j].lower().strip(",.") in ROLE_WORDS:
            continue  # "Deputy US Trade Representative Daniel Okafor": "US Trade" is part of the role
        if j < len(tokens) and tokens[j][:1].islower() and noun_kind(tokens[j].strip(",.")) == "person":
            continue  # "A senior Fine Gael source": the party names whose source it is, no person
        if j < len(tokens) and tokens[j][:1].islower() and any(
                tokens[k].lower() in ROLE_WORDS and tokens[k + 1][:1].isupper() for k in range(j, len(tokens) - 1)):
            continue  # "Deputy Southern Province police spokesperson Namwinga Siyanga": the name after the last role
        if j - i == 1 and j < len(tokens) and tokens[j].lower() not in ("of", "at", "from"):
            continue
        role = " ".join(tokens[:i]).strip(" ,")
        return " ".join(tokens[i:j]).strip(" ,.;:"), role
    return mention, ""
