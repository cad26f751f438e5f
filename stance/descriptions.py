"""What a speaker mention says about who speaks, beyond its name: a title that a later role noun refers back
to ("Lt. Gen. Saad al-Khafaji" ... "the general"), a capitalised role that is no name ("the North Antrim MLA"),
the sender of a document ("a memo from Carnegie Hill Management"), an apposition that makes a name an
organisation's ("the largest of the militias"). Read by :class:`stance.resolve.Resolver`.
"""

from __future__ import annotations

import re

from stance.names import ORGISH, ROLE_WORDS, caps, noun_kind
from stance.speakers import is_person_name, strip_name

#: Titles written before a name, by the role noun that refers back to them ("the general": "Lt. Gen. Saad al-Khafaji").
_TITLES = {"general": r"Gen\.|General", "colonel": r"Col\.|Colonel", "senator": r"Sen\.|Senator",
           "governor": r"Gov\.|Governor", "admiral": r"Adm\.|Admiral", "captain": r"Capt\.|Captain",
           "sergeant": r"Sgt\.|Sergeant", "professor": r"Prof\.|Professor", "bishop": r"Bishop",
           "archbishop": r"Archbishop", "judge": r"Judge", "major": r"Maj\.|Major", "ambassador": r"Ambassador"}


#: The name after a title: up to four capitalised words, particles between them.
_TITLED_NAME = caps(r"((?:[A-Z][\w’'-]+\s+(?:(?:al|el|bin|de|van|von|ag)[- ])?){0,3}[A-Z][\w’'-]+)")


def titled(text: str, role: str, lo: int, hi: int) -> str | None:
    """The one person that ``text[lo:hi]`` names with the title of ``role`` ("Gen." for "the general"), or None."""
    title = _TITLES.get(role)
    if title is None:
        return None
    names = {strip_name(m.group(1)) for m in re.finditer(
        rf"\b(?:{title})\s+" + _TITLED_NAME, text[lo:hi])}
    names = {n for n in names if is_person_name(n)}
    return names.pop() if len(names) == 1 else None


def role_name(name: str) -> bool:
    """A capitalised role, not a name: "North Antrim MLA" (not "Office of the US Trade Representative")."""
    words = name.lower().split()
    return words[-1] in ROLE_WORDS and not any(w in ORGISH for w in words)


#: Documents that speak for whoever sends them.
_ISSUED_DOCUMENTS = frozenset("statement memo letter email e-mail message bulletin notice post communiqué communique "
                              "note readout announcement".split())
#: Documents that speak for whoever wrote them, when the text says "by": "a report by the Public Accounts Committee".
_AUTHORED = frozenset("report study review analysis assessment".split())
_ISSUED_BY = re.compile(caps(r"^(?:[Aa]n?|[Tt]he) (?:[\w-]+ ){0,3}?(?P<doc>[a-z]+) (?P<by>from|by|issued by|released by|sent by) "
                        r"(?P<issuer>(?:the )?[A-Z][\w.&’'-]*(?: (?:of |for |the |and )*[A-Z][\w.&’'-]*)*"
                        r"(?:['’]s (?:office|campaign|government|administration))?)"  # "a statement from Netanyahu's office"
                        r"(?: (?:to|on|in|at|about) .*)?$"))


def issued_by(mention: str) -> str | None:
    """The named issuer of a document mention, who is the speaker (policy 4): "a memo from Carnegie Hill
    Management to residents of its buildings" -> "Carnegie Hill Management", "the ministry's statement" ->
    "the ministry". Not a joint one ("a statement from the union and the health authority") nor a draft or
    report someone else may have written."""
    m = _ISSUED_BY.match(mention.strip()) or _ISSUERS_DOCUMENT.match(mention.strip())
    if m is None and "," in mention:  # "A report by Tynwald's Public Accounts Committee, published in October,"
        m = _ISSUED_BY.match(mention.split(",", 1)[0].strip())
    authored = m is not None and m.groupdict().get("by") == "by" and m.group("doc") in _AUTHORED
    if m is None or (m.group("doc") not in _ISSUED_DOCUMENTS and not authored):  # "A report by Tynwald's PAC"
        return None
    issuer = m.group("issuer")
    return None if " and " in issuer or "joint" in mention.lower() else issuer


#: "the ministry's statement", "Hamas's latest statement", "the unions' joint letter" (joint ones are refused above)
_ISSUERS_DOCUMENT = re.compile(caps(r"^(?P<issuer>(?:[Tt]he )?[\w.&-]+(?: [\w.&-]+){0,4}?)(?:['’]s|s['’]) "
                               r"(?:[\w-]+ ){0,2}?(?P<doc>[a-z]+)$"))


def describes_group(apposition: str) -> bool:
    """An apposition that says its name is an organisation's: a body's noun in it and no person's
    ("the most powerful of the Iran-aligned militias", not "head of the union", nor "from the opposition in Penang",
    which says where a person comes from)."""
    words = apposition.split()
    if words and words[0].lower() in ("from", "with", "at", "in", "on", "for"):
        return False
    kinds = {noun_kind(w.strip(",.;:")) for w in words if w[:1].islower() or w.strip(",.;:").lower() in ROLE_WORDS}
    # ("opposition MP": the initials are a person's role)
    return "group" in kinds and "person" not in kinds
