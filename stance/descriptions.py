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
           "archbishop": r"Archbishop", "judge": r"Judge", "major": r"Maj\.|Major", "ambassador": r"Ambassador",
           # "Mayor Gail Thibodeau" for "the mayor", not "Deputy Mayor X"
           "mayor": r"(?<!Deputy )(?<!Vice )(?<!Acting )(?<!Former )(?<!Assistant )Mayor"}


#: The name after a title: up to four capitalised words, particles between them.
_TITLED_NAME = caps(r"((?:[A-Z][\w’'-]+\s+(?:(?:al|el|bin|de|van|von|ag)[- ])?){0,3}[A-Z][\w’'-]+)")


def titled(text: str, role: str, lo: int, hi: int) -> str | None:
    """The one person that ``text[lo:hi]`` names with the title of ``role`` ("Gen." for "the general"), or None."""
    title = _TITLES.get(role)
    if title is None and role.isalpha() and role.islower() and noun_kind(role) is None:
        title = role.capitalize()  # a title of its own place: "Garaad Abdirashid Garaad Jama", "the garaad"
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
    own = _BODYS_OWN.match(mention.strip())
    if own is not None and own.group("doc") in _ISSUED_DOCUMENTS:
        return "the " + own.group("issuer").lower()  # "A company statement issued the same day": the company's
    m = _ISSUED_BY.match(mention.strip()) or _ISSUERS_DOCUMENT.match(mention.strip())
    if m is None and "," in mention:  # "A report by Tynwald's Public Accounts Committee, published in October,"
        m = _ISSUED_BY.match(mention.split(",", 1)[0].strip())
    authored = m is not None and m.groupdict().get("by") == "by" and m.group("doc") in _AUTHORED
    if m is None or (m.group("doc") not in _ISSUED_DOCUMENTS and not authored):  # "A report by Tynwald's PAC"
        return None
    issuer = m.group("issuer")
    return None if " and " in issuer or "joint" in mention.lower() else issuer


#: "a company statement", "A union letter sent to members": a body's own document, the body named by its noun.
_BODYS_OWN = re.compile(r"^(?:[Aa]n?|[Tt]he) (?P<issuer>company|firm|union|ministry|party|government|council|commission"
                        r"|agency|department) (?P<doc>[a-z]+)(?: (?:issued|released|published|sent|posted) .*)?$")
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


#: "Oman Air's chief executive": an owner's proper name, then a role.
_OWNED_ROLE = re.compile(caps(r"^((?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*)['’]s ((?:[a-z-]+ ){0,2}[a-z-]+)$"))
_HOLDER = caps(r"([A-Z][\w’'-]+(?:\s+(?:(?:(?:al|el|bin|ibn|abu)-)?[A-Z][\w’'-]+|(?:bin|bint|ibn|al|de|van|von|da|dos)\b(?!-)))"
               r"{1,4})")


def owned_role_holder(text: str, mention: str, pos: int) -> str | None:
    """The person an earlier sentence gave the role as the owner's, "its": "Oman Air is led in the talks by its chief
    executive, Saif bin Nasser al-Hosni" for "Oman Air's chief executive"; None when no sentence does."""
    m = _OWNED_ROLE.match(mention.strip())
    if m is None or m.group(2).split()[-1] not in ROLE_WORDS:
        return None
    pattern = rf"\b{re.escape(m.group(1))}\b[^.!?\n]{{0,120}}?\bits {re.escape(m.group(2))},?\s+" + _HOLDER
    held = [h.group(1) for h in re.finditer(pattern, text[:pos]) if is_person_name(strip_name(h.group(1)))]
    return strip_name(held[-1]) if held else None


#: A document the text gives by its owner's pronoun: "its annual report", "their latest filing".
_OWNED_DOCUMENT = re.compile(r"^(its|their|his|her) (?:[\w-]+ ){0,2}(?:report|filing|statement|letter|submission"
                             r"|prospectus|presentation|release)$")
_PRONOUN_OF = {"its": "it", "their": "they", "his": "he", "her": "she"}


def owner_pronoun(mention: str) -> str | None:
    """The pronoun whose owner speaks for ``mention``: "he" for "his" ("According to his estimates") and for "his
    letter", "it" for "its annual report" (policy 4: a document is its issuer); None for any other mention."""
    low = mention.lower().strip()
    m = _OWNED_DOCUMENT.match(low)
    if m is not None:
        return _PRONOUN_OF[m.group(1)]
    return _PRONOUN_OF[low] if low in ("his", "her") else None
