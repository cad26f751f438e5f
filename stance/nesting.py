"""Statements inside statements: reported speech in another's content is part of it unless a person is quoted
there (:func:`unnest`), and an attitude joins the participle that gives its reason (:func:`merge_reasons`:
"expressed skepticism about X, citing Y"). Used by :mod:`stance.assemble` and :class:`stance.extractor.Extractor`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from stance.attribution import Attribution
from stance.cues import cue_score
from stance.names import ORG_WORDS, noun_kind
from stance.places import place_key

if TYPE_CHECKING:
    from stance.assemble import Found


#: Between an attitude's content and its participle's: ", saying ", ", citing ".
_PARTICIPLE_GAP = re.compile(r"[ ,;]*\w+ing\s+")


def _person_like(att: Attribution) -> bool:
    """A source that can speak inside someone else's statement: a person, not a place or a poll."""
    root = att.source_root
    if root is None:
        return False
    if root.lower_ in ("he", "she", "i", "we"):
        return True
    if root.tag_ in ("NN", "NNS"):
        return noun_kind(root.text) == "person"
    names = [t.text for t in root.subtree if t.tag_ == "NNP"]
    return root.tag_ == "NNP" and len(names) >= 2 and place_key(" ".join(names)) is None and not any(
        w.lower() in ORG_WORDS for w in names)  # "the Patriotic Alliance had asked for": a party's position


def unnest(found: list[Found]) -> list[Found]:
    """Reported speech inside another statement's content ("Malual said Juba welcomed ...")
    is part of that statement, unless a person is quoted in it ("... said the delegate had
    warned that ..."); a participle there ("..., noting that") belongs to the outer speaker."""
    by_segment: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        by_segment.setdefault(f.context, []).append(f)
    out = []
    for f in found:
        # an outer statement's content lies in its own segment, so only f's segment can hold it
        outer = next((g for g in by_segment[f.context] if g is not f and g.att and f.att and _within(f.att, g)),
                     None)
        if outer is None or f.kind != "indirect":
            out.append(f)
        elif f.att.verb.tag_ == "VBG" and f.att.verb.dep_ in ("advcl", "conj", "xcomp"):
            f.att = replace(f.att, source=outer.att.source, source_root=outer.att.source_root, antecedent=None)
            out.append(f)
        elif _person_like(f.att) and not _self_report(f.att) and cue_score(f.att.verb.text) >= 0.5:
            out.append(f)
    return out


def _self_report(att: Attribution) -> bool:
    """"Schumer said he hoped to bring a bill": a personal pronoun under another's statement is, as a rule,
    the speaker on themself; the inner clause is part of what they said, not a second statement."""
    root = att.source_root
    return root is not None and root.lower_ in ("he", "she", "i", "we") and att.antecedent is None


def _within(att: Attribution, outer: Found) -> bool:
    a, b = outer.att.content if outer.att is not None else outer.content
    if outer.att is not None and outer.att.cue != att.cue:  # two clauses of one cue lie side by side
        a = min(a, _parenthetical_subject(outer.att))
    return a <= att.cue[0] < b and att.source is not None and a <= att.source[0]


def _parenthetical_subject(att: Attribution) -> int:
    """Where the clause a parenthetical cue interrupts starts ("The CIG, she adds, has asked for a seat"): its
    subject is part of what she said, not a second speaker; the content's own start for any other cue."""
    verb = att.verb
    if verb is None or verb.dep_ != "parataxis" or not (verb.head.left_edge.i < verb.left_edge.i < verb.head.i):
        return att.content[0]
    return verb.head.left_edge.idx + att.cue[1] - (verb.idx + len(verb.text))  # the cue's offset into the raw text


def merge_reasons(raw: str, found: list[Found]) -> list[Found]:
    """Join "expressed skepticism about X, citing Y" into one statement: the participle
    gives the reason for the attitude, and the stance is judged from both (issue 3 seed)."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.att is not None
            and last.att.attitude
            and last.att.verb is not None
            and f.att is not None
            and (_reason_of(raw, f, last) or f.att is last.att and _PARTICIPLE_GAP.fullmatch(
                raw[last.content[1] : f.content[0]]))  # finish() gave the participle the attitude's attribution
        ):
            last.content = (last.content[0], f.content[1])
            continue
        out.append(f)
    return out


def _reason_of(raw: str, f: Found, last: Found) -> bool:
    """``f`` is a participle attribution ("citing Y") hung on the verb of ``last``'s attitude, right after it."""
    return (f.att.verb is not None  # tagger attributions have no parse
            and f.att.verb.dep_ == "advcl"
            and f.att.verb.head.i == last.att.verb.i
            and f.att.verb.doc is last.att.verb.doc
            and not raw[last.content[1] : f.att.cue[0]].strip(" ,;"))
