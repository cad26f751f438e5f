"""Clauses joined to a report that stay the reporter's: "..., the official said, and Kyiv does not want its cargo
checked twice" (:func:`said_and`). Called by :func:`stance.direct.segment_quotes` on each segment's attributions."""

from __future__ import annotations

import re
from dataclasses import replace

from stance.assemble import Found
from stance.cues import is_position_cue

#: Between a trailing report's cue and the clause after it: "..., the official said(, on Monday), and ".
_SAID_AND = re.compile(r"[^,.;:!?\"“”\n]{0,40},\s+and\s+")


def said_and(seg_text: str, a: int, out: list[Found]) -> None:
    """A clause with a position verb joined by "and" to a report the speaker ends with their cue is still theirs:
    in "Chișinău is reluctant ..., the official said, and Kyiv does not want its cargo checked twice", what Kyiv
    wants is the official's account (policy 9), and the quote after it continues the official. In place."""
    for k, f in enumerate(out):
        att = f.att
        if f.kind != "indirect" or att is None or att.source is None or not is_position_cue(
                seg_text[att.cue[0] - a : att.cue[1] - a]):
            continue
        outer = next((g for g in out if g is not f and g.kind == "indirect" and g.att is not None
                      and g.content[1] <= g.att.cue[0] < g.att.cue[1] <= att.source[0]
                      and _SAID_AND.fullmatch(seg_text, g.att.cue[1] - a, att.source[0] - a)), None)
        if outer is not None and outer.att is not None:
            content = (att.source[0], f.content[1])
            out[k] = Found(content, "indirect", replace(outer.att, content=content), f.context)
