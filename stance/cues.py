"""Cue words: what makes a word a reporting cue, and how reliably.

The cue lexicon (``resources/cues.json``) is built from PolNeAR train Cue spans by
``training/cue_lexicon.py``; a word's reliability is ``count in cues / count in text``.
Light verbs ("expressed", "voiced") become cues with an attitude noun ("skepticism about").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from stance.names import caps, noun_kind

#: Nouns that turn a light verb into a cue ("expressed skepticism about", "provided consent to").
ATTITUDE_NOUNS = frozenset(
    "skepticism scepticism doubt doubts concern concerns commitment consent support opposition "
    "readiness willingness hope hopes belief confidence optimism pessimism fear fears desire "
    "intention interest criticism approval assurance assurances warning objection objections "
    "reservations regret satisfaction dissatisfaction frustration disappointment determination "
    "intent openness preference position view views opinion stance rejection insistence "
    "demand demands call appeal praise endorsement".split()
)


LIGHT_VERBS = frozenset(
    "expressed expresses expressing express voiced voices voicing voice provided provides "
    "providing provide gave gives giving give offered offers offering offer signaled signalled "
    "signals signaling signal reiterated reiterates reiterating reiterate raised raises raising "
    "raise made makes making make showed shows showing show stressed reaffirmed reaffirming "
    "emphasized emphasizing emphasised emphasising conveyed conveying renewed renewing "
    "declared declaring stated stating".split()
)


#: Verbs whose direct object is the addressee ("told reporters"), never the statement.
TELL_VERBS = frozenset("told tell tells telling informed informs assured assures reminded reminds briefed".split())


QUOTING_VERBS = frozenset("quoted quoting quotes quote cited citing cites cite".split())


#: Reporting verbs of translated news that PolNeAR's American articles never use as cues ("affirmed at the exit of
#: the meeting that ...", "underlined that ..."), read as reliably as their near synonyms "stated" and "stressed" (0.8).
#: So is "termed" with a subject, South Asian press English's "called" ("termed the negotiations 'an eyewash'").
_UNSEEN_CUES = {form: (lemma, 5, 0.8) for lemma, forms in (("affirm", "affirmed affirms affirming"),
                                                           ("underline", "underlined underlines underlining"),
                                                           ("term", "termed terms terming"))
                for form in forms.split()}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, int, float]]:
    """Word form -> (lemma, cue count, cue reliability) from ``resources/cues.json``."""
    path = Path(__file__).with_name("resources") / "cues.json"
    forms = json.loads(path.read_text(encoding="utf-8"))["forms"]
    out = {w: (v[0], v[1], v[1] / max(v[2], 1)) for w, v in forms.items()}
    for word, entry in _UNSEEN_CUES.items():
        out.setdefault(word, entry)
    for word, entry in list(out.items()):  # PolNeAR is American: "criticised" and "signalled" read as their US forms
        british = british_spelling(word)
        if british != word and out.get(british, (None, -1))[1] < entry[1]:
            out[british] = entry
    return out


_IZE = re.compile(caps(r"[a-z]{3}iz(?:e|ed|es|ing)$"))


def british_spelling(word: str) -> str:
    """The British form of an American verb form: "criticized" -> "criticised", "emphasizing" -> "emphasising",
    "signaled" -> "signalled", "labeling" -> "labelling"; ``word`` itself when it has none."""
    if _IZE.search(word) and not word.startswith(("seiz", "siz", "priz")):
        return re.sub(r"iz(e|ed|es|ing)$", r"is\1", word)
    m = re.match(r"^(.*[^aeiou][aeiou])l(ed|ing)$", word)
    if m and word.endswith(("aled", "eled", "aling", "eling")) and not word.endswith(("eeled", "ealed", "ealing")):
        return f"{m.group(1)}ll{m.group(2)}"
    return word


def cue_score(word: str, min_count: int = 3) -> float:
    """How reliably ``word`` is a cue in PolNeAR train (0 when unseen or seen as a cue fewer than
    ``min_count`` times)."""
    entry = lexicon().get(word.lower())
    if entry is None or entry[1] < min_count:
        return 0.0
    return entry[2]


#: Cue verbs (by the lexicon's lemma) whose clause reports an act or a state, not words: PolNeAR marks "the
#: lesson is that ...", "Clinton seems ready to ...", "continued to raise money", "passed three background
#: checks", "sought an injunction", "has not decided what ..." as attributions, and ``find()`` keeps them for
#: the benchmark; as quotes of a speaker they are noise. Measured on PolNeAR train articles (2026-12-05).
ACT_LEMMAS = frozenset("be seem appear continue have find turn sign hold focus rely decide pass weigh seek respond "
                       "see discuss notice".split())  # "the prime ministers discussed the commuter tax": a topic, no
# words; "patients noticed the boycott": a perception
#: Of those, the verbs that report a finding when a that-clause follows ("the study found that ...").
FINDING_LEMMAS = frozenset(("find", "see", "notice"))


def reports_speech(verb: str, content: str, cue: str = "", addressee: bool = False) -> bool:
    """Whether a reported statement with cue verb ``verb`` (whole cue ``cue``) and content ``content`` reports what
    someone said, wrote or found, rather than an act or a state (:data:`ACT_LEMMAS`). ``addressee``: the verb has an
    object of its own ("asked the mediator to call both sides back")."""
    lemma = lexicon().get(verb.lower(), (verb.lower(),))[0]
    if lemma in FINDING_LEMMAS and content.lstrip().lower().startswith("that "):
        return True
    if re.search(r"\bof the (?:view|opinion)$", cue.strip()):
        return True  # "was of the view that ...": a view stated (stance.content.held_view)
    if lemma == "cite" and _names_a_source(content):
        return False  # "the channel, citing a high-level Egyptian source, reported ...": who told it, not what
    if lemma == "rule" and not content.lstrip().lower().startswith("that "):
        return False  # "A WTO panel ruled against the ban": a ruling read as an event (policy 7), not its words
    if lemma == "write" and re.search(r"\b(?:on|about|for)$", cue.strip()):
        return False  # "X writes on Latin American politics", "writes for the Guardian": a byline, not a statement
    if lemma == "declare" and _DECLARED_ACT.match(content.lstrip()):
        return False  # "Kosovo declared independence from Serbia in 2008": an act, not its words
    if lemma == "call" and cue.split()[-1:] == [verb] and _bare_object(content):
        return False  # "The talks chair has called ministers to a late-night session": a summons ("called for" stays)
    if lemma == "report" and not content.lstrip().lower().startswith("that ") and _RESULTS.search(content):
        return False  # "Nordsund reported revenue of DKr7.8bn last year": a company's results, no statement
    if lemma == "ask" and not addressee and content.lstrip().lower().startswith("to "):
        return False  # "The mayor has asked to meet both companies next week": a request to act, no words reported
        # ("has asked Judge Dana Lee, the mediator, to call both sides back" asks someone: a request put in words)
    if lemma in ("dispute", "contest") and _QUANTITY.match(content.lstrip()):
        return False  # "have disputed about 900 hectares of forest": land, no claim
    if content.strip().lower() in _PRONOUN_OBJECTS:
        return False  # "the Greens are mocking both": an object, no words to read
    return lemma not in ACT_LEMMAS


#: What a company reports as its results ("reported revenue of DKr7.8bn", "reported a first-quarter loss").
_RESULTS = re.compile(r"\b(?:revenues?|profits?|loss(?:es)?|earnings|sales|income|turnover|deficits?|surplus(?:es)?|"
                      r"margins?|dividends?|growth|declines?|writedowns?|write-downs?)\b", re.I)

#: What a declaration that is an act declares.
#: A noun phrase that opens with a count or a measure: "about 900 hectares of forest", "four items".
_QUANTITY = re.compile(r"(?:(?:about|some|around|nearly|almost|roughly|more than|at least)\s+)?(?:\d[\d,.]*|two|three|four|"
                       r"five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds|thousands)\b(?!\s+(?:of them|"
                       r"percent|per cent|%))", re.I)
_DECLARED_ACT = re.compile(r"(?:independence|war|martial law|bankruptcy|insolvency|(?:a |an )?(?:state of )?emergency|"
                           r"(?:a )?state of siege|(?:a )?curfew|force majeure|"
                           r"a (?:ceasefire|truce|holiday|strike|moratorium))\b", re.I)
#: A content that is only a pronoun object: nothing was said that the text gives.
_PRONOUN_OBJECTS = frozenset(("both", "it", "them", "him", "her", "this", "that", "each other", "one another"))


def _bare_object(content: str) -> bool:
    """A summons: a meeting or people called, with or without where to ("a meeting for Monday", "ministers to a
    late-night session"), not what was said ("called them illegal", "called the move to cut pensions a mistake")."""
    m = _SUMMONS.match(content.strip())
    return bool(m) and (m.group(1).lower() in _SUMMONED or noun_kind(m.group(1)) in ("person", "group"))


#: "called <object> [<where or when>]".
_SUMMONS = re.compile(caps(r"(?:(?:a|an|the|all|both)\s)?([A-Za-z]+)(?:\s(?:for|to|on|at|in|into|back|over)\b[^\"“”]*)?$"),
                      re.I)
#: What is called into being rather than said.
_SUMMONED = frozenset("meeting meetings session sessions summit summits election elections vote votes referendum "
                      "strike strikes conference conferences".split())


def _names_a_source(content: str) -> bool:
    """A short noun phrase headed by a person, body or document ("a high-level Egyptian source", "sources close
    to the talks", "a UN report"): the source cited, not a statement."""
    head = re.split(r"\s(?:of|for|from|at|with|in|on|to|close|familiar|who|which|that)\s", content.strip(), maxsplit=1)[0]
    words = head.split()
    return 0 < len(words) <= 6 and noun_kind(words[-1].strip(".,;:'’\"”")) in ("person", "group", "doc")


def verb_forms(*verbs: str) -> frozenset[str]:
    """Every form of regular verbs: ``verb_forms("argue")`` -> argue, argues, argued, arguing."""
    return frozenset().union(*map(_inflect, verbs))


def _inflect(verb: str) -> set[str]:
    """verb -> {verb, 3rd person, past, -ing} for a regular verb (those of :data:`POSITION_VERBS`, :func:`verb_forms`)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    return {verb, third, past, stem + "ing"}


#: Cue forms that PolNeAR mostly sees as nouns ("the United States"), scored as another form of the verb when
#: the parse tags them as verbs ("The draft states that ...").
_NOUN_HOMOGRAPHS = {"states": "stated", "state": "stated"}


def verb_cue_score(tok: Any) -> float:
    """:func:`cue_score` of a token; for a verb whose form is mostly a noun in PolNeAR, the verb's score."""
    if tok.tag_.startswith("VB") and tok.lower_ in _NOUN_HOMOGRAPHS:
        return cue_score(_NOUN_HOMOGRAPHS[tok.lower_])
    if document_read(tok):
        return _DOCUMENT_READ
    score = cue_score(tok.text)
    if score == 0.0 and tok.tag_ in ("VBG", "VBZ") and _that_clause(tok):
        pasts = _past_forms(tok.lower_) if tok.tag_ == "VBG" else _present_pasts(tok.lower_)
        return max((cue_score(past, min_count=5) for past in pasts), default=0.0)
    return score


def _that_clause(verb: Any) -> bool:
    """``verb`` takes a that-clause ("posting on X that the round had been ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def _present_pasts(verb: str) -> list[str]:
    """The past forms a present third-person form may share a lemma with: "warns" -> "warned", "argues" ->
    "argued", "denies" -> "denied"; a briefing note that "warns that ..." reports as one that "warned"."""
    if verb.endswith("ies"):
        return [verb[:-3] + "ied"]
    if verb.endswith("es"):
        return [verb[:-1] + "d", verb[:-2] + "ed"]
    return [verb[:-1] + "ed"] if verb.endswith("s") and len(verb) > 3 else []


def _past_forms(gerund: str) -> list[str]:
    """The past forms an -ing form may share a lemma with: "posting" -> "posted", "slamming" -> "slammed",
    "denying" -> "denied"; PolNeAR never saw "posting on X that ..." but saw "posted" as a cue 29 times."""
    if not gerund.endswith("ing") or len(gerund) < 6:
        return []
    stem = gerund[:-3]
    return [stem + "ed", stem + "d"] + ([stem[:-1] + "ied"] if stem.endswith("y") else [])


_READ = frozenset(("read", "reads"))
#: "the statement read", "the letter reads": a document's words; PolNeAR's "read" is mostly someone reading
#: something (0.25), but with a document as its subject it reports as surely as "said".
_DOCUMENT_READ = 0.9


def document_read(tok: Any) -> bool:
    """"read" / "reads" with a document as its subject (the tagger sometimes calls that "read" a noun), or "states" /
    "says" read as a noun after a document with a that-clause ("The strike notice states that ...")."""
    if tok.lower_ in _READ and any(c.dep_ == "nsubj" and noun_kind(c.text) == "doc" for c in tok.children):
        return True
    return tok.lower_ in ("states", "says", "notes") and tok.tag_ in ("NN", "NNS") and _that_clause(tok) and any(
        c.dep_ == "compound" and noun_kind(c.text) == "doc" for c in tok.children)


#: Verbs that name something rather than report a statement ("a trend known locally as 'japa'").
NAMING_VERBS = frozenset("known dubbed nicknamed termed".split())

_CALL = verb_forms("call")
_SELF_NAMING = frozenset("identified identifies identify introduced introduces introduce called calls".split())
_REFLEXIVE = frozenset("himself herself themselves itself".split())


def names_something(verb: Any) -> bool:
    """``verb`` gives something a name rather than reporting a statement: "a trend known as 'japa'", "what
    the participants call 'the dialogue'", "what both governments called a decisive round"."""
    if verb.lower_ in NAMING_VERBS:  # but "X termed the talks 'an eyewash'": a verdict, as "called" is
        return not (verb.lower_ == "termed" and any(c.dep_ == "nsubj" and (
            c.tag_ in ("NNP", "NNPS", "PRP") or noun_kind(c.text) in ("person", "group")) for c in verb.children))
    if verb.lower_ in _SELF_NAMING and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in verb.children):
        return True  # "a man who identified himself as Commandant Makandal"
    if verb.lower_ not in _CALL:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in ("what", "which") for c in kids):
        return True
    # "calls the shoal Ren'ai Jiao": a second object that is a proper name ("called the offer an insult" reports)
    objects = [c for c in kids if c.dep_ in ("dobj", "oprd", "attr") and c.i > verb.i]
    if not objects or objects[-1].tag_ not in ("NNP", "NNPS"):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is not None and verb.doc[subj.i + 1].text == "," and all(
            t.dep_ == "advmod" or t.text == "," for t in verb.doc[subj.i + 1 : verb.i]):
        return True  # "The Partitioned Zone, still often called the Neutral Zone, is ...": a name in apposition
    # the parse may fold the thing named into the name's own phrase: "calls [the reef Da Ba Dau]", "calls [her Mama
    # Baraka]"
    return len(objects) >= 2 or any(c.dep_ == "compound" and c.tag_ in ("NN", "NNS") or (
        c.dep_ == "poss" and c.lower_ in ("her", "him", "them")) for c in objects[-1].subtree)


#: Verbs by which a writer summarises a party's position rather than reports a statement: what it
#: wants, seeks, offers, supports, fears or expects, and the copula ("Chile is among ..."). Speech
#: acts ("urged", "called for", "rejected the claim", "complained") are not here.
POSITION_VERBS = verb_forms(*(
    "want wish seek hope fear doubt expect believe back support oppose favor favour prefer offer demand agree resist "
    "push press sign withdraw appear plan intend aim need estimate refuse vote approve adopt threaten "
    "regard").split()  # "has long regarded X as clientelist"
) | frozenset("sought withdrew withdrawn planned planning preferred preferring is are was were be been being "
            "asking".split())  # "are asking for a longer transition": what they want, not what they said

#: What a party proposes is its position too ("The park is proposing a quota"); what a document proposes is its text.
PROPOSING = verb_forms("propose")

_AUXILIARIES = frozenset(
    "has have had is are was were be been being will would shall should can could may might must "
    "do does did not n't also still again never now to".split()
)


def is_position_cue(cue: str | None, verbs: frozenset[str] = POSITION_VERBS) -> bool:
    """Whether a cue summarises a position ("is demanding", "has backed", "want") rather than
    reports a statement ("said", "urged", "complained about"). Judged on the cue's head verb: its
    first word after auxiliaries ("has pushed for" -> "pushed"), or the copula when that is all;
    ``verbs`` the position verbs to judge by."""
    words = [w for w in cue.lower().replace("’", "'").split() if w.isalpha() or w == "n't"] if cue else []
    if not words:
        return False
    head = next((w for w in words if w not in _AUXILIARIES), words[-1])
    return head in verbs
