"""Capitalised runs of words that may be a name, and the plain-text tests on them shared by :mod:`stance.mentions` and
:mod:`stance.opening_people`: a run (:data:`RUN`), the words that open a sentence and no name (:data:`OPENERS`), a
courtesy title, a person named after a lower-case role (:func:`role_then_name`), a run that ends an organisation's
name (:func:`org_tail`).
"""

from __future__ import annotations

import re

from stance.names import NAME_PARTICLES, ROLE_WORDS, UPPER, caps, is_trade_noun
from stance.speakers import is_person_name, strip_name

_CAP_WORD = r"(?:(?:al|el|bin|ibn|abu)-)?[" + UPPER + r"][\w’'.-]*"
#: The space between two words of one name: any, but no blank line ("Friday\n\nThe LCBO" is two runs).
NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
RUN = re.compile(_CAP_WORD + r"(?:" + NAME_GAP + r"(?:" + _CAP_WORD + "|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\b))*")
OPENERS = frozenset("the a an in on at but and as if when while after before this that it he she they we "
                     "i you for with from by to of her his their its our my "
                     # "Near Trebišov, close to the border, Jozef Baláž grows wheat": a place, then the person
                     "near outside inside across along around behind beyond beside amid among despite during since "
                     "until through under within".split())


#: A courtesy title before a surname.
COURTESY = re.compile(caps(r"(?:Mr|Mrs|Ms|Dr|Mx|Cllr|Clr|Cr)\.?\s+[A-Z]"))


_LOWER_ROLE = re.compile(caps(r"((?:\d{1,3}-year-old\s+)?(?:[a-z][\w-]*\s+){1,3})"))
def role_then_name(text: str, p: int, b: int) -> re.Match | None:
    """A person named right after a lower-case role or trade at ``p``: "leader Euan Lockhart",
    "mathematics teacher Lucas Ferreira de Souza", "driver Noor Wali", "67-year-old pensioner Amra Softić"."""
    m = _LOWER_ROLE.match(text, p, b)
    if m is None or not (m.group(1).split()[-1] in ROLE_WORDS or is_trade_noun(m.group(1).split()[-1])):
        return None
    name = RUN.match(text, m.end(), b)  # "spokesman Commodore Rafael Dizon": a title may open the name
    return name if name is not None and is_person_name(strip_name(name.group())) else None


_CAPITALISED_OF = re.compile(caps(r"[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?$"))


def org_tail(text: str, start: int) -> bool:
    """The capitalised run at ``start`` ends an organisation's name ("Committee of Ghanaian
    Bondholders", "Institute for Peace Studies"), so it is nobody's name."""
    return _CAPITALISED_OF.search(text, max(0, start - 40), start) is not None
