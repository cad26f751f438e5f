"""Attributions the parse finds that are no statement to classify, though PolNeAR marks them (so ``find()`` keeps
them and only the quotes drop them): a claim inside a relative clause on a noun, a group's position the writer
sums up in a "with ... warning that" phrase, a chanted slogan, a clock time ("Original story posted 9:10 a.m.") and an audience addressed."""

from __future__ import annotations

import re
from typing import Any

from stance.attribution import Attribution
from stance.cues import verb_cue_score
from stance.names import noun_kind


def no_statement(raw: str, att: Attribution | None, content: tuple[int, int]) -> bool:
    """Whether the attribution ``att`` of ``content`` in ``raw`` is background or a slogan, not a quote."""
    return ((relative_claim(att) and content == att.content) or chanted(raw, att) or group_aside(att)
            or clock_time(raw, content) or addressed(raw, att, content) or proposed_act(raw, att, content))


def _own_verb(att: Attribution | None, content: tuple[int, int]) -> Any:
    """The parsed cue verb of ``att`` when ``content`` is its own clause (not a quote it was extended over), or None."""
    verb = att.verb if att is not None and content == att.content else None
    return verb if hasattr(verb, "lower_") else None


def proposed_act(raw: str, att: Attribution | None, content: tuple[int, int]) -> bool:
    """"X, who proposed merging the co-ops in 2012", "who first suggested moving the jetty": an act proposed, which the
    writer sums up, no statement quoted."""
    verb = _own_verb(att, content)
    if verb is None or verb.lower_ not in _PROPOSING:
        return False
    first = raw[content[0] : content[1]].split(None, 1)
    return bool(first) and first[0].endswith("ing") and first[0].isalpha() and first[0].islower()


_PROPOSING = frozenset("proposed proposing suggested suggesting".split())  # not a document's "proposes exchanging the notes"


def addressed(raw: str, att: Attribution | None, content: tuple[int, int]) -> bool:
    """"X addressed the crowd", "addressed reporters outside the hall": whom someone spoke to, no statement."""
    verb = _own_verb(att, content)
    if verb is None or not verb.lower_.startswith("address"):
        return False
    return len(raw[content[0] : content[1]].split()) <= 6 and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


#: "9:10 a.m.", "14:30 GMT", "noon": a time of day and nothing else.
_CLOCK = re.compile(r"(?i:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m\.?)|\d{1,2}:\d\d|(?i:noon|midnight))(?:\s+[A-Z]{2,4})?[\s.]*")


def clock_time(raw: str, content: tuple[int, int]) -> bool:
    """"Original story posted 9:10 a.m.", "UPDATE: posted at 14:30 GMT": a web story's time stamp, whose verb reads
    as a cue ("posted") and whose object is a time of day, no statement."""
    return _CLOCK.fullmatch(raw[content[0] : content[1]].strip()) is not None


def group_aside(att: Attribution | None) -> bool:
    """"Talks broke up on Tuesday, with business leaders warning that the region is running out of money", "with
    the union warning that its patience would not last": a group's or a body's position summed up beside the news
    (policy 9; of the 37 such phrases on groups and bodies in the gold files 01-1112, one is a gold quote). A person
    ("with the energy minister saying that") and a named body speak."""
    verb = att.verb if att is not None else None
    if verb is None or not hasattr(verb, "children") or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(t.tag_ in ("NNP", "NNPS") for t in subj.subtree):
        return False
    return subj.tag_ == "NNS" or (subj.tag_ == "NN" and noun_kind(subj.text) == "group" and subj.lower_ != "side")


def chanted(raw: str, att: Attribution | None) -> bool:
    """'supporters chanting "No money, no peace"': a slogan, nobody's statement (policy 7; none of the seven chants in
    the gold files is a quote)."""
    return att is not None and raw[att.cue[0] : att.cue[1]].lower().startswith("chant")


_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))


def relative_claim(att: Attribution | None) -> bool:
    """"loans that the country says it cannot repay", "costs that Astana says were wrongly recovered": a claim inside
    a relative clause on a noun is the writer's background on that thing, not a statement the article reports
    (of 11 such clauses in the gold files 01-888, one is a gold quote). PolNeAR marks it, so ``find()`` keeps it."""
    verb = att.verb if att is not None else None
    if verb is None or att.kind != "indirect" or not hasattr(verb, "children"):
        return False
    if verb.dep_ not in ("relcl", "acl", "ccomp") or (verb.head.tag_ not in _NOUN_TAGS
                                                       and verb_cue_score(verb.head) >= 0.5):
        return False  # "In a message that a nurse shared, X said ...": the cue heads the sentence; "said in an
        # email that the mediator had asked ...": a statement reported inside another (parsers often hang a
        # relative clause on the main verb: "resumed talks on loans that the state says ...")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ in ("who", "that", "which"):
        return False
    first = subjects[0].left_edge.i
    if first < 2 or first > verb.i:
        return False
    rel, noun = verb.doc[first - 1], verb.doc[first - 2]
    return rel.lower_ in ("that", "which") and noun.tag_ in _NOUN_TAGS and noun.lower_ not in _CLAIM_NOUNS


# "the fact that", "the claim that": a noun whose "that" clause is its content, not a relative clause
_CLAIM_NOUNS = frozenset("fact claim claims view hope hopes belief assertion suggestion idea news sign signs "
                         "warning argument assurance assurances promise statement message".split())
