"""The names a text gives a person or a group besides their own: a nickname ("Ahmed Salah, known as Abu Omar"),
what others call them ("Everyone on the floor calls her Mama Baraka"), and a name they gave themselves ("a man who
identified himself as Commandant Makandal"). Patterns for :mod:`stance.resolve`."""

from __future__ import annotations

import re

from stance.names import caps

#: "Ahmed Salah, a veteran of the 2011 talks known as Abu Omar,": a person's nickname.
KNOWN_AS = re.compile(
    caps(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}), [^.;\"“\n]{0,80}?\b(?:known|nicknamed|dubbed)(?: [\w ]{0,25}?)?"
    r"(?: as)? (?:[\"“‘'](?P<nick>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”’']|(?P<bare>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[,.])"))
#: "Neema Masanja, 38, has filleted perch for eleven years. Everyone on the floor calls her Mama Baraka": a name the
#: next sentence gives the person who opens the one before.
CALLS_THEM = re.compile(
    caps(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\b[^.;\"“\n]{0,120}\. [^.;\"“\n]{0,60}?\b(?:calls?|called) "
         r"(?:him|her) (?P<bare>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b"))
#: "a man who identified himself as Commandant Makandal", "a driver who gave his name only as Ahmed".
#: "... who asked that only his first name, Tunde, be used".
SELF_NAMED = re.compile(caps(r"(?: [^,.;\"“]{1,60})?,? who (?:(?:identified|introduced|called) (?:himself|herself|themselves)"
                         r"|(?:uses|goes by) (?:the )?(?:nom de guerre|name|alias))"
                         r"(?: only)?(?: as)? [\"“‘']?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
                         r"(?: (?:spokes(?:man|woman|person)|commander|leader) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})?)"
                         r"|(?: [^,.;\"“]{1,60})?,? who gave (?:only )?(?:his|her|their) (?:first |full )?name(?: only)?(?: as|,) [\"“‘']?"
                         r"(?P<name2>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
                         r"|(?: [^,.;\"“]{1,60})?,? who asked that only (?:his|her|their) (?:first |given )?name,? [\"“‘']?"
                         r"(?P<name4>[A-Z][\w'’-]+)[\"”’']?,? be used"
                         r"|,? (?:which |that )?call(?:ing|s) (?:itself|themselves) (?:the )?[\"“‘']?"
                         r"(?P<name3>[A-Z][\w'’-]+(?: (?:of |for |the )*[A-Z][\w'’-]+){0,4})"))
