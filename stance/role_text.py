"""What the text says of a role and the people who hold one, in plain strings: the appositions and titles around a
person's name, the indefinite mention that introduced a role ("A European diplomat" for "the diplomat"), the
capitalised modifiers of a mention, and whether a role or an age cannot be a given person's (a spokeswoman is no
"union leader"; "the 34-year-old" is not "Lee Dong-min, 58"). Used by :mod:`stance.roles` and the resolver.
"""

from __future__ import annotations

import re

from stance.entities import Entity
from stance.names import ROLE_WORDS, caps


def indefinite_mention(text: str, head: str, start: int, end: int) -> str:
    """The last indefinite mention of the role ``head`` in ``text[start:end]`` ("A European
    diplomat" for a later "the diplomat"), or ""."""
    heads = "|".join(re.escape(h) for h in _SAME_ROLE.get(head, (head,)))
    found = list(re.finditer(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'-]+\s+){{0,3}}?(?:{heads})\b", text[start:end]))
    return found[-1].group(0) if found else ""


#: Role nouns a writer uses for one another ("A FAST member of parliament ... gave a brighter account. '...,' said
#: the lawmaker"): a later "the lawmaker" may be the member of parliament introduced since.
_LEGISLATOR = ("lawmaker", "legislator", "parliamentarian", "member of parliament", "MP", "deputy")
_SAME_ROLE = {h.lower(): _LEGISLATOR for h in _LEGISLATOR}


_PARTY_MARK = {"Republican": re.compile(caps(r"\bR-[A-Z]|\(R\)|\bRepublican")),
               "Democrat": re.compile(caps(r"\bD-[A-Z]|\(D\)|\bDemocrat"))}


def of_party(text: str, ent: Entity, party: str, pos: int) -> bool:
    """Whether the text before ``pos`` marks ``ent`` as of ``party`` next to one of its names
    ("Sen. James Lankford, R-Okla.", "Democratic Sen. Chris Murphy")."""
    mark = _PARTY_MARK[party]
    for name in ent.names:
        for m in re.finditer(re.escape(name), text[:pos]):
            if mark.search(text, max(0, m.start() - 40), min(pos, m.end() + 40)):
                return True
    return False


def appositions(text: str, ent: Entity) -> list[str]:
    """The role phrases the text sets after the entity's full names ("Dag Halvorsen, Norway's special
    envoy for Venezuela, spoke ...", "led by Saule Abenova, the deputy akim.") or right before them ("Finance Secretary Kirsty Ballantyne", "Kyrgyzstan's energy
    minister, Taalaibek Asanov,")."""
    out = []
    for name in ent.names:
        if " " in name:
            out += re.findall(re.escape(name) + r",\s+([^,.;:\"“”\n]{3,100})(?:,|[.;](?=\s|$))", text)
            out += [t for t in re.findall(r"((?:[\w’'-]+[ \t]+){1,4})" + re.escape(name) + r"\b", text)
                    if t.split()[-1].lower() in ROLE_WORDS]
            out += [t for t in re.findall(r"((?:[\w’'-]+[ \t]+){0,3}[\w’'-]+),[ \t]+" + re.escape(name) + r"\b", text)
                    if t.split()[-1].lower() in ROLE_WORDS]  # "Kyrgyzstan's energy minister, Taalaibek Asanov,"
    return out


def without_article(mention: str) -> list[str]:
    """The words of a mention past a leading article: "the union president" -> ["union", "president"]."""
    words = mention.split()
    return words[1:] if words[:1] and words[0].lower() in ("the", "a", "an") else words


def proper_modifiers(mention: str) -> list[str]:
    """The capitalised words before a mention's head, past a leading article, as written: "the Saudi statement" ->
    ["Saudi"], "The former New Mexico governor" -> ["New", "Mexico"], "The Cocobod chief" -> ["Cocobod"]."""
    return [w for w in without_article(mention)[:-1] if w[:1].isupper()]


def introduction(text: str, ent: Entity) -> str:
    """The rest of the sentence where the text first names ``ent`` in full ("Kwabena Asante-Mensah, chief executive
    of the Ghana Cocoa Board, known as Cocobod."); "" when it never does."""
    full = [n for n in ent.names if " " in n]
    at = min((i for i in (text.find(n) for n in full) if i >= 0), default=-1)
    if at < 0:
        return ""
    end = re.search(r"[.!?](?:[\"”’']?)(?:\s|$)", text[at:])
    return text[at : at + end.end()] if end else text[at:]


#: Kinds of role that exclude each other: "the 78-year-old union leader" is not the spokeswoman quoted before.
_ROLE_FAMILIES = (
    frozenset("spokesman spokeswoman spokesperson representative aide".split()),
    frozenset("leader president chairman chairwoman chair head chief boss secretary premier chancellor minister "
              "director".split()),
    frozenset("analyst economist expert professor researcher fellow scholar strategist".split()),
)


def _family(word: str) -> int | None:
    return next((k for k, f in enumerate(_ROLE_FAMILIES) if word in f), None)


#: A word in lower case, accented letters included.
LOWER_WORD = re.compile(caps(r"[a-z]+"))


def role_clash(role: str, ent: Entity, text: str) -> bool:
    """Whether ``ent``'s roles in the text (aliases, appositions after its name or before it: "A spokeswoman
    for the alliance, Dana Lopez,") are all of another kind than ``role`` (a spokeswoman is no "union leader");
    False when either is of no known kind or ``ent`` has no role the text gives."""
    want = _family(role.strip(",").lower())
    if want is None:
        return False
    before = [r for n in ent.names if " " in n for r in re.findall(r"([^,.;:\"“”\n]{3,80}),\s+" + re.escape(n) + r",", text)]
    held = {_family(w) for a in ent.aliases + appositions(text, ent) + before for w in LOWER_WORD.findall(a.lower())}
    held.discard(None)
    return bool(held) and want not in held


def age_clash(mention: str, ent: Entity, text: str) -> bool:
    """Whether "the 34-year-old" cannot be ``ent``: the text gives them another age ("Lee Dong-min, 58")."""
    age = re.search(r"(\d{1,3})-year-old", mention)
    if age is None:
        return False
    given = {m.group(1) for n in ent.names if n.strip() for m in re.finditer(
        re.escape(n.strip()) + r",\s+(?:aged\s+)?(\d{1,3})\b(?!,\d)", text)}
    return bool(given) and age.group(1) not in given
