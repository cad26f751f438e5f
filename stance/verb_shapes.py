"""Shapes of a verb in a spaCy parse that decide whether it reports a statement (for :mod:`stance.attribution`): a gerund
that only describes a noun, a deed that stirs hopes, a question asked or put to the speaker, a closing "said" the parse
made a conjunct, and a time phrase the parse hung on the reported clause."""

from __future__ import annotations

import re
from typing import Any

from stance.cues import TELL_VERBS, verb_forms
from stance.sources import CALENDAR


def describing(verb: Any) -> bool:
    """A gerund the parse made a verb that describes the plural noun after it: "on protesting garment workers",
    "complaining customers"; no determiner between them, only the noun's own modifiers."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "amod"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and obj.tag_ == "NNS" and all(
        t.head.i == obj.i and t.dep_ in ("compound", "amod") for t in verb.doc[verb.i + 1 : obj.i])


#: The verb of a question, and the words that open one.
_ASKING = verb_forms("ask")
_QUESTION_WORDS = frozenset("what whether if how why when who whom where which".split())


#: What a deed stirs in others ("raising hopes of an end to the dispute"), not what its doer says.
_STIRRED = frozenset("hope hopes fear fears expectations speculation".split())


def stirs_others(verb: Any) -> bool:
    """A participle with no subject of its own ("..., raising fears of a long strike"): the event raised them."""
    return (verb.lower_ == "raising" and verb.dep_ in ("advcl", "xcomp", "conj")
            and any(c.dep_ == "dobj" and c.lower_ in _STIRRED for c in verb.children)
            and not any(c.dep_.startswith("nsubj") for c in verb.children))


#: A day a statement was made on: "said Friday", "said today".
_WHEN = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
#: Words of a time phrase: "on Friday", "last week", "earlier this month", "in March".
_TIME_WORDS = CALENDAR | _WHEN | frozenset("week month year weekend morning afternoon evening night".split())


def after_report_time(tokens: list[Any], content: Any, verb: Any) -> list[Any]:
    """"Putin said on Friday he was ready for talks": the parse hangs the time of the saying on the reported
    clause; the content starts at the clause's subject. Only a time phrase between the cue and that subject moves."""
    if not tokens or content.i < verb.i or tokens[0].i <= verb.i:
        return tokens
    subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < content.i), None)
    if subj is None or subj.left_edge.i <= tokens[0].i:
        return tokens
    lead = [t for t in tokens if t.i < subj.left_edge.i]
    heads = [c for c in content.children if c.dep_ in ("prep", "npadvmod") and c.left_edge.i == tokens[0].i]
    if len(heads) != 1 or heads[0].right_edge.i != lead[-1].i or not any(t.lower_ in _TIME_WORDS for t in lead):
        return tokens
    return [t for t in tokens if t.i >= subj.left_edge.i]


def closing_conj(verb: Any, score: float) -> bool:
    """"X and Y made progress but remain apart, Sefcovic said on Friday.": after a long clause the parse makes the
    closing "said" a conjunct of the clause's verb, not its head. A speech verb set off by a comma, with a subject
    of its own, no conjunction ("..., and said") and nothing after it but its own phrases, reports that clause."""
    if verb.dep_ != "conj" or score < 0.8 or not verb.head.tag_.startswith("VB") or verb.head.i > verb.i:
        return False
    told = verb.lower_ in TELL_VERBS  # "..., the governor, X, told the station.": its object is the audience
    if any(c.dep_ in ("cc", "ccomp", "xcomp") or (c.dep_ == "dobj" and not told) for c in verb.children):
        return False
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
        return False
    after = [c for c in verb.rights if not c.is_punct and not (told and c.dep_ in ("dobj", "dative"))]
    if any(c.dep_ not in ("prep", "advmod", "npadvmod") or (c.dep_ == "npadvmod" and c.lower_ not in _WHEN)
           for c in after):
        return False  # "their smiles said a lot"
    return all(t.is_punct for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end])


def asks(verb: Any, content: Any) -> bool:
    """"When I asked him what he expected", "she asked whether the deadline would hold": a question, which
    states no position ("asked the government to resume talks" is a request, and stays)."""
    return verb.lower_ in _ASKING and content.left_edge.lower_ in _QUESTION_WORDS


_WH_QUESTION = re.compile(r"(?i)^(?:[A-Z][\w’'-]*,\s+)?(?:what|how|who|why|where|when|which)\b")


def wh_question(verb: Any) -> bool:
    """"Joyce, what are forecasters saying about the rains?": a verb in a sentence that asks, with a question word,
    what someone says; nobody's statement."""
    sent = verb.sent.text.strip()
    return sent.endswith("?") and _WH_QUESTION.match(sent) is not None


def asked_whether(verb: Any) -> bool:
    """"Olivero was asked whether he expected a text before the recess": the verb of a question put to the speaker
    (a "whether"/"if" clause of "asked"), which states nothing of theirs."""
    return verb.head.lower_ in _ASKING and verb.head is not verb and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def put_to(verb: Any) -> bool:
    """"Asked whether talks could restart, Price said ...", "Pressed on the timetable, ...": a passive participle
    clause without a subject of its own; the main clause's subject is who was asked."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN"
            and not any(c.dep_.startswith("nsubj") for c in verb.children))
