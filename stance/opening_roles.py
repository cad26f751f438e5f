"""The unnamed person who opens a sentence by role ("The finance secretary has just spoken ...", "One GN employee in
Rankin Inlet ... was less hopeful", "On the wharf at Meteghan, a boat owner ... took a different view"), and the
opening phrases a sentence may put before its subject. Pure string code, used by :mod:`stance.mentions`."""

from __future__ import annotations

import re

from stance.names import AGE_NOUN, FIGURE_WORDS, is_trade_noun, noun_kind

FRONTED = frozenset("at in on outside inside near by from across along behind beside back opposite beyond further farther".split())
# "on the edge of X, ", "a world away from the synod office, ", "twenty minutes from Kervella's farm, ", "close to the
# border, ", "as the cars pulled out of the park, " (a time clause after "At dusk, "), "the main town of the Neelum
# valley, " (the place described)
MORE_PLACE = re.compile(r"(?:(?:" + "|".join(sorted(FRONTED)) + r"|an?|where|close to|next to|(?:not )?far from|as|when|while|after|before|once"
                        r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of)\s|(?:[\w-]+\s+){1,2}(?:minutes?|hours?|"
                        r"kilomet(?:re|er)s?|miles?|met(?:re|er)s?|km|blocks?)\s"
                        r"|the\s+(?:[\w’'-]+\s+){0,3}(?:town|city|village|capital|port|district|province|region|valley|island|"
                        r"hub|seat)\s+of\s)[^,.;:\"“”]{3,80}?,\s+")
#: A sentence's opening phrase up to its comma ("Hours before the talks opened, ", "At a truck stop, ").
# an opening phrase may hold an abbreviated title: "Mr. Lankford's Democratic counterpart, Sen. Chris Murphy, ..."
OPENING_PHRASE = re.compile(r"(?:[^,.;:\"“”]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|St)\.|(?<![\w.])(?:[A-Z]\.){2,})"
                            r"{3,120}?,\s+")  # and initials: "B.C.'s Minister of Water, "


_NOT_IN_ROLE = frozenset("and or but of for to in on at with who which that has have had is was are were will would "
                         "said says".split())


def opening_role(text: str, a: int, b: int) -> tuple[int, str] | None:
    """A sentence opening with one person's role: "The finance secretary has just spoken ...",
    "The union's general secretary said ...", "A senior civil servant, who ..., put it more simply",
    "A senior DUP figure, speaking privately, was blunter": (position, "The finance secretary")."""
    link = _LINK.match(text, a, b)  # "However, a member of the employers' negotiating team, who ..., was less optimistic"
    if link is not None:
        words = text[link.end() : b].split()[:8]
        return _role_of(words, link.end()) if words and words[0] in ("a", "an", "one", "another", "the") else None
    words = text[a:b].split()[:8]
    if not words or words[0] not in ("The", "A", "An", "One", "Another"):  # "One Bucharest-based flight attendant, who ..."
        return _scene_role(text, a, b)
    return _role_of(words, a) or _one_of_them(text, a, b)


#: "One of the young men from the Ely side": one of a group of people, and where they are from.
_ONE_OF_THEM = re.compile(r"One of (?:the|those|its|their) ((?:[a-z][\w’'-]*,?\s+){1,3})")
_FROM_PLACE = re.compile(r"(?:from|in|at) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*(?: side| camp)?(?=[,.;]|\s+who\b)")


def _one_of_them(text: str, a: int, b: int) -> tuple[int, str] | None:
    """A sentence opening with one member of a group of people ("One of the young men from the Ely side, who gave his
    age as 22, came out"): an unnamed person of their own, who speaks for no one (policy 6)."""
    m = _ONE_OF_THEM.match(text, a, b)
    words = [w.rstrip(",") for w in m.group(1).split()] if m is not None else []
    k = next((k for k, w in enumerate(words) if _plural_person(w)), None)
    if k is None:
        return None
    end = text.index(words[k], m.start(1)) + len(words[k])
    place = _FROM_PLACE.match(text, end + 1, b) if text[end : end + 1] == " " else None
    return a, text[a : place.end() if place else end]


def _plural_person(word: str) -> bool:
    """"men", "fishermen", "drivers", "deputies": people, more than one."""
    single = word[:-3] + "man" if word.endswith("men") else word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word.endswith(("s", "men")) and noun_kind(single) == "person"


#: Words that link a sentence to the one before without saying where or when.
_LINK = re.compile(r"(?:However|But|Yet|Still|Meanwhile|Nevertheless|Nonetheless|Instead|Separately|Elsewhere),?\s+")


def _scene_role(text: str, a: int, b: int) -> tuple[int, str] | None:
    """An unnamed person after a scene that opens the sentence: "On the wharf at Meteghan, a boat owner who has fished
    the bay for 30 years ... took a different view"."""
    first = text[a:b].split(None, 1)[0].lower().rstrip(",") if text[a:b].strip() else ""  # "Outside, a nurse ..."
    head = OPENING_PHRASE.match(text, a, b) if first in FRONTED else None
    if head is None:
        return None
    more = MORE_PLACE.match(text, head.end(), b)
    for start in (head.end(), more.end() if more else None):  # "At X, a boat owner ...", "At X, near Y, a ..."
        words = text[start:b].split()[:8] if start is not None else []
        found = _role_of(words, start) if words and words[0] in ("a", "an", "one") else None
        if found is not None:
            return found
    return None


def _role_of(words: list[str], a: int) -> tuple[int, str] | None:
    """(a, the role) when ``words`` open with one person's role."""
    for k, word in enumerate(words[1:], start=1):
        low = word.lower().strip(",;:")
        if k == 1 and AGE_NOUN.fullmatch(low) and words[0].lower() != "the" and (
                len(words) < 3 or noun_kind(words[2].strip(",;:")) is None):  # "A 19-year-old from the Burleigh side who goes by Dre was blunter"
            return a, " ".join(words[: k + 1 + _place_after(words[k:])]).rstrip(",;:")
        if low in _NOT_IN_ROLE or not low.replace("’", "'").replace("'", "").replace("-", "").isalpha():
            return None
        senior_figure = low == "figure" and any(w.lower() in FIGURE_WORDS for w in words[1:k])
        # "One cutter, who asked not to be named, said": whoever an indefinite noun's "who" follows is a person
        who = words[0].lower() != "the" and words[k + 1 : k + 2] == ["who"] and not low.endswith("s") and (
            noun_kind(low) is None if word.endswith(",") else is_trade_noun(low))  # "a process operator who"; not "A
        # Dutch national who took charge in 2024, he said", whose sentence goes on to its own subject
        if (noun_kind(low) == "person" and not low.endswith("s")) or senior_figure or who:
            return a, " ".join(words[: k + 1 + _place_after(words[k:], words[0].lower() != "the")]).rstrip(",;:")
        if word[-1:] in ",;:":
            return None  # "The SADC facilitator, retired Botswana judge ...": no role before the comma
    return None


def _place_after(words: list[str], unnamed: bool = True) -> int:
    """How many words after the noun ``words[0]`` name where the person is or what they belong to: 2 for "employee in
    Rankin Inlet,", 4 for "member of the employers' negotiating team,", 0 for none. The unnamed person is named as
    first written ("One GN employee in Rankin Inlet"); what they belong to only when ``unnamed`` (no "The Minister
    of Agriculture", a title)."""
    if unnamed and len(words) >= 3 and words[0][-1:] not in ",;:" and words[1] == "of":  # "a member of the X team,"
        end = next((k for k, w in enumerate(words[2:7], start=2) if w[-1:] == ","), None)
        return end if end is not None else 0
    if len(words) < 3 or words[0][-1:] in ",;:" or words[1] not in ("in", "at", "from"):
        return 0
    n = 0
    for w in words[2:5]:
        if not w[:1].isupper():
            break
        n += 1
        if w[-1:] in ",;:.":
            break
    return n + 1 if n else 0
