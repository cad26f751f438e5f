"""Found attributions -> :class:`~stance.types.Quote` objects.

:func:`finish` resolves each attribution's source mention to an entity in text order (with
:class:`stance.resolve.Resolver`), folds statements nested in another's content into it
(:func:`stance.nesting.unnest`), joins an attitude with the participle that gives its reason, and builds the
quotes (:func:`stance.grouping.group_quotes` then collects them per speaker). Shared by the rule-based :class:`stance.extractor.Extractor` and :class:`stance.tagged.TaggedExtractor`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from stance.attribution import Attribution
from stance.bodies import is_body
from stance.body_fit import GENERIC_ORGS
from stance.entities import Entity
from stance.full_names import full_names
from stance.names import caps, noun_kind
from stance.nesting import merge_reasons
from stance.no_statement import no_statement
from stance.positions import is_joint
from stance.resolve import Resolver
from stance.sources import name_cut, source_tokens, span_of
from stance.speakers import as_written, is_person_name
from stance.types import Quote


@dataclass
class Found:
    """A quote before speaker resolution: its content span, kind, the attribution that
    owns it and the segment (sentence span) it was found in. Shared with
    :class:`stance.tagged.TaggedExtractor`."""

    content: tuple[int, int]
    kind: str
    att: Attribution | None
    context: tuple[int, int]
    closed: bool = True
    entity: Entity | None = None


_PRONOUN_CONTENT = frozenset("it this that so them him her these those".split())


def _pronoun_only(content: str) -> bool:
    """"sees it differently", "said so": a pronoun alone carries no statement to classify; nor does a possessive
    ending the parse read as a clause ("called the government’s offer ...": "’s")."""
    bare = content.strip(" ,.;:").lower()
    return bare in _PRONOUN_CONTENT or bare in ("'s", "’s", "s")


# ", former finance minister Hendrik Vos," or an acronym (", STENEE,") between a common-noun subject (with its clause) and the cue verb; the name
# may carry its party or body after "of" (", Sophie Dewael of the liberal Reformist Movement,")
_TRAILING_NAME = re.compile(
    caps(r"^[^,\n]{0,120},\s*(?:[a-z][\w-]*\s+){0,4}((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+|[A-Z]{3,8})"
         r"(\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?\s*,\s*$"))


def _appositive_name(raw: str, att: Attribution) -> tuple[int, int] | None:
    """The proper name in apposition to a role-noun source whose clause the parse cut off:
    "The mediator appointed by the AU, former president John Roe, said" -> "John Roe"."""
    root = att.source_root
    if root is None or att.antecedent is not None or att.cue[0] < att.source[1]:
        return None
    if root.tag_ not in ("NN", "NNS") and not root.text[:1].islower():  # a common noun, however tagged
        return None
    m = _TRAILING_NAME.match(raw[att.source[1] : att.cue[0]])
    if m is None or (m.group(2) and not is_person_name(m.group(1))):  # not "who runs the Pension Fund of Commerce"
        return None
    lead = raw[att.source[1] : att.source[1] + m.start(1)]
    if re.search(r"\b(?:which|who|whose|that|where)\b", lead.rsplit(",", 1)[-1]):
        return None  # ", which oversees the BMA,", ", whose city government owns TLT,": a clause, not an apposition
    if re.search(r"\b(?:by|to|for|with|at|in|on|from|near|outside|inside|into)\s+$", lead):
        return None  # "A briefing note ..., seen by The Australian, says": the paper that saw it says nothing;
        # "The party's candidate, X, arriving at City Hall, told us": the place she arrived at neither
    return att.source[1] + m.start(1), att.source[1] + m.end(1)


_CONTINUING = frozenset(("added", "adds", "continued", "went on", "concluded", "insisted"))


def _label_noun(raw: str, att: Attribution, mention: str) -> str:
    """A heading or answer label that is one organisation noun, capitalised as the line's first word
    ("Union: ‘Every store, every warehouse’"), is "the union", not a body named "Union"."""
    if raw[att.cue[0] : att.cue[1]] == ":" and mention.strip().lower() in GENERIC_ORGS and mention.strip().istitle():
        return "the " + mention.strip().lower()
    return mention


def finish(raw: str, found: list[Found], resolver: Resolver) -> list[Quote]:
    """Resolve speakers in text order and build the :class:`Quote` objects."""
    found[:] = drop_pull_quotes(raw, found)
    found.sort(key=lambda f: f.content)
    prev: Found | None = None
    for f in found:
        if f.att is not None and prev is not None and prev.att is not None and _same_attribution(f.att, prev.att):
            # '"...," the statement said. "..."': one speaker; after the question put to them ("Asked about X,
            # the minister said ...") the answer keeps its own cue and content, and so does a question put to them
            # after it ('"No," Roe said when asked whether ...'), which is then no quote of theirs
            own = prev.att.question or f.att.question or prev.content[1] <= prev.content[0]  # or no statement before
            f.att, f.entity = (f.att if own else prev.att), prev.entity  # ("citing a source, reported that ...")
            continue
        if f.att is not None and f.att.source is not None:
            name = _appositive_name(raw, f.att)
            if name is not None:
                f.att = replace(f.att, source=name)
            whole = name_cut(raw, f.att.source)
            if whole != f.att.source:
                f.att = replace(f.att, source=whole)
            s, e = f.att.source
            mention = raw[s:e]
            if f.att.antecedent is not None:
                mention = _antecedent_text(raw, f.att)
            continuing = raw[f.att.cue[0] : f.att.cue[1]].lower() in _CONTINUING
            mention = _joint_document(raw, mention, s) or mention
            mention = _label_noun(raw, f.att, mention)
            f.entity = _issuer(raw, mention, prev, s) or (
                resolver.resolve(mention, s, continuing=continuing, content=f.content) if mention.strip() else None)
            if f.entity is not None:
                f.entity = resolver.definite_role(f.entity, mention, s, f.context[1], raw)
            prev = f
    resolver.complete_surnames(full_names(raw))
    merged = resolver.merge_roles(raw)
    merged.update(resolver.merge_generic())
    merged.update(resolver.merge_capitals(raw))
    for f in found:
        if f.entity is not None and id(f.entity) in merged:
            f.entity = merged[id(f.entity)]
    _heading_owners(raw, found)
    # a pronoun alone ("praised her", "sees it differently") is an attribution PolNeAR marks (find() keeps
    # it for the benchmark) but no statement to classify
    # the question put to a speaker ("Asked whether ..., Price said") places them, for the quotes after it,
    # but is no statement of theirs
    quotes = _without_echoes([_to_quote(raw, f) for f in merge_reasons(raw, found)
                              if f.content[1] > f.content[0] and not _pronoun_only(raw[f.content[0] : f.content[1]])
                              and not (f.att is not None and f.att.question and f.content == f.att.content)
                              and not no_statement(raw, f.att, f.content)])
    written = {q.speaker: as_written(_written_case(raw, q.speaker), raw) for q in quotes if q.speaker is not None}
    return [replace(q, speaker=written[q.speaker]) if q.speaker is not None else q for q in quotes]


def _without_echoes(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote that lies inside another quote of the same speaker and mention: in "Choi accused the
    government of having 'wasted months' by refusing to negotiate directly", "to negotiate directly ..." is part
    of what Choi said, not a second statement. Another speaker's statement nested in the words stays, and so does
    the same speaker's under another mention ("... -- meddling the California congressman said is designed to
    ..."). The same span twice ("Analysts cautioned against expecting quick results": the attitude and
    "expecting") is kept once."""
    spans: dict[tuple[str, int | None], list[tuple[int, int]]] = {}
    for q in quotes:
        if q.speaker is not None:
            spans.setdefault((q.speaker, q.speaker_start), []).append((q.start, q.end))
    out, seen = [], set()
    for q in quotes:
        if q.speaker is not None and ((q.start, q.end) in seen or any(
                a <= q.start and q.end <= b and (a, b) != (q.start, q.end)
                for a, b in spans[(q.speaker, q.speaker_start)])):
            continue  # inside a longer quote of theirs from the same mention, or the same words twice
        seen.add((q.start, q.end))
        out.append(q)
    return out


_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _own_line(raw: str, span: tuple[int, int]) -> bool:
    """Nothing but the quote (and its marks) on its line."""
    start, end = line_span(raw, span[0])[0], line_span(raw, span[1])[1]
    return not _WORDS.search(raw[start : span[0]]) and not _WORDS.search(raw[span[1] : end])


def drop_pull_quotes(raw: str, found: list[Found]) -> list[Found]:
    """Without the pull quotes: a direct quote of five words or more standing alone on its line whose words
    are quoted elsewhere in the article too. Web pages repeat a quote as a display line; attached to the
    nearest speaker it goes to the wrong one, and to the right one it counts twice."""
    direct = [(f, _words(raw[f.content[0] : f.content[1]])) for f in found if f.kind == "direct"]
    drop: set[int] = set()
    for f, words in direct:
        if len(words.split()) < 5 or not _own_line(raw, f.content):
            continue
        if any(g is not f and id(g) not in drop and f" {words} " in f" {other} " for g, other in direct):
            drop.add(id(f))
    return [f for f in found if id(f) not in drop]


_JOINT_DOCUMENT = re.compile(r"\b(?:[Ii]n|[Tt]hrough) (?:an? |their |the )?(?:[\w-]+ ){0,2}?"
                             r"(joint (?:statement|communiqu[eé]|declaration|readout))\b")
_IN_IT = re.compile(r"\b[Ii]n it,")
_TWO_OF = re.compile(caps(r"^(?:the )?(?:both|the two|two) [a-z]+s$"), re.I)  # "the two committees", "both delegations"


def _sentence_start(raw: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". " or line break before it."""
    return max(raw.rfind(". ", 0, pos), raw.rfind("\n", 0, pos)) + 1


def _joint_document(raw: str, mention: str, pos: int) -> str | None:
    """"In a brief joint statement, the two committees said": two parties speak through one document, which
    is the speaker (policy 10); so is it for "In a joint statement, they said". Also "... issued their first joint
    statement. In it, the two parties say"."""
    if not (is_joint(mention) or _TWO_OF.match(mention.strip()) or mention.strip().lower() == "they"):
        return None
    start = _sentence_start(raw, pos)
    m = _JOINT_DOCUMENT.search(raw, start, pos)
    if m is not None:
        return m.group(1)
    if _IN_IT.search(raw, start, pos):
        before = _sentence_start(raw, start - 2)
        m = re.search(r"joint (?:statement|communiqu[eé]|declaration)", raw[before:start])
        return m.group() if m else None
    return None


#: A live page's entry heading: a short label, a colon and a quotation only ("Presidency: ‘No cause for alarm’").
_HEADING = re.compile(caps(r"[ \t]*[A-Z][^:\n]{0,40}:[ \t]*[‘'“\"](?P<quote>[^\n]+)[’'”\"][ \t]*"))
_WORD = re.compile(r"[^\W_]+")
#: Words a heading's paraphrase of a quote may drop ("LCBO CEO: ‘A strong offer’" for "the offer ... is strong").
_FUNCTION_WORDS = frozenset("a an the of to in on at for and or but is are was be it its this that".split())
_ENTRY = 2500


def line_span(raw: str, pos: int) -> tuple[int, int]:
    """Start and end (before its newline) of the line that holds ``pos``."""
    start = raw.rfind("\n", 0, pos) + 1
    end = raw.find("\n", pos)
    return start, len(raw) if end < 0 else end


#: A headline or an entry's heading that ends on a quotation: "Labor ministry calls for ‘dialogue, not
#: confrontation’", "Talks adjourn; farmers' leader sees "half a deal"" (no sentence ends inside the last marks).
_HEADLINE = re.compile(r"[ \t]*[^\s\"“‘'][^\n]*[^.!?,;:\s]['’”\"][ \t]*")


def _heading(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted part of a heading line ``raw[start:end]`` ("Presidency: ‘No cause for alarm’", or a line of
    at most 25 words ending on a quotation with no sentence end before it), or None for any other line."""
    m = _HEADING.fullmatch(raw, start, end)
    if m is not None:
        return m.start("quote"), m.end("quote")
    if len(raw[start:end].split()) > 25 or not _HEADLINE.fullmatch(raw, start, end):
        return None
    line = raw[start:end].rstrip()
    close = line[-1]
    opening = {"’": "‘", "”": "“"}.get(close, close)
    at = line.rfind(opening, 0, len(line) - 1)
    return (start + at + 1, start + len(line) - 1) if at >= 0 else None


def _heading_owners(raw: str, found: list[Found]) -> None:
    """A heading quote belongs to whoever says it in the entry below: "Presidency: ‘No cause for alarm’" over
    '"... There is no cause for alarm," Adeyemi-Bakare said' is Adeyemi-Bakare's, and a headline's "half a
    deal" is the farmers' leader's who says '"We have half a deal ..."' below it. Most of the heading's words
    must be in one later quote of the entry (before the next heading); a heading nobody repeats keeps its label."""
    for i, f in enumerate(found):
        start, end = line_span(raw, f.content[0])
        quote = _heading(raw, start, end)
        if quote is None or not (start <= f.content[0] and f.content[1] <= end):
            continue
        words = {w.lower() for w in _WORD.findall(raw[quote[0] : quote[1]])} - _FUNCTION_WORDS
        if len(words) < 2:
            continue
        for g in found[i + 1 :]:
            if g.content[0] - end > _ENTRY or _heading(raw, *line_span(raw, g.content[0])):
                break
            said = {w.lower() for w in _WORD.findall(raw[g.content[0] : g.content[1]])}
            if g.entity is not None and g.content[0] > end and len(words & said) >= 0.75 * len(words):
                f.entity = g.entity
                break


_THE_DOCUMENT = re.compile(r"^(?:the|that) (?:[\w-]+ ){0,3}?([^\W\d_]+)$", re.I)
_IN_A_DOCUMENT = re.compile(r"\b(?:in|issued|published|sent) (?:an? |its |their |the )?(?:[\w-]+ ){0,3}?"
                            r"(statement|communiqu[eé]|report|findings|letter|filing|declaration|readout|post|memo|release"
                            r"|e-?mail|message|bulletin|note|notice|announcement)\b", re.I)
#: Document nouns that name one document in two ways ("In provisional findings ..." / "The report said").
_SAME_DOCUMENT = ({"report", "findings"}, {"message", "email", "e-mail", "letter", "note", "bulletin", "memo"})


def _issuer(raw: str, mention: str, prev: Found | None, pos: int) -> Entity | None:
    """"The statement said ..." right after "In a joint statement, the E3 said ...", "The 84-page report
    said" after "In provisional findings published Tuesday, the regulator said": the document is the
    previous speaker's, so it speaks for them. A body's own kind of document ("the statement", "the
    communiqué") needs no mention of it when the body spoke just before ("Cosla urged ... . 'Every
    week ...,' the statement said")."""
    m = _THE_DOCUMENT.match(mention.strip())
    if m is None or noun_kind(m.group(1)) != "doc" or prev is None or prev.entity is None or prev.att is None:
        return None
    lo = min(prev.att.cue[0], prev.att.source[0] if prev.att.source else prev.att.cue[0])
    start = _sentence_start(raw, lo)
    scene = raw[start : max(prev.att.cue[1], prev.att.source[1] if prev.att.source else 0) + 40]
    doc = _IN_A_DOCUMENT.search(scene)
    said, named = m.group(1).lower(), doc.group(1).lower() if doc else ""
    if not doc:
        own = said in _OWN_DOCUMENTS and is_body(prev.entity) and 0 < pos - prev.att.cue[1] < 400
        return prev.entity if own else None
    if said != named and not any({said, named} <= same for same in _SAME_DOCUMENT):
        return None  # "In a statement, the union said ... . The report said" is another document
    return prev.entity


#: Documents a body issues in its own name (not a report or a letter someone else may have written).
_OWN_DOCUMENTS = frozenset("statement communiqué communique readout declaration post tweet".split())


def _same_attribution(a: Attribution, b: Attribution) -> bool:
    """Two quotes of one source mention: a quote split around "the statement said", or "The communiqué
    said ... but warned that ..."."""
    return a is b or (a.source is not None and a.source == b.source and a.antecedent is None)


def _antecedent_text(raw: str, att: Attribution) -> str:
    """For "who said", the noun phrase the relative clause modifies."""
    offset = att.source[0] - att.source_root.idx if att.source else 0
    s, e = span_of(source_tokens(att.antecedent, att.verb), offset)
    return raw[s:e]


def _parenthetical_start(raw: str, att: Attribution, s: int) -> int:
    """Where a statement reported by a parenthetical cue starts: "The rebels, he said, had made every possible
    gesture" is about the rebels, so the quote keeps its subject and the cue inside it (the content PolNeAR
    scores, :meth:`Extractor.find`, is the words after the cue); ``s`` itself for any other cue."""
    verb = att.verb
    if verb is None or verb.dep_ != "parataxis":
        return s
    head = verb.head
    if head.dep_ == "acl" and head.head.i < verb.left_edge.i and head.head.left_edge.i == head.sent.start:
        head = head.head  # "The fees, she said, paid for two new scanners": the parse hung the clause on its subject
    elif not head.left_edge.i < verb.left_edge.i < head.i:
        return s
    offset = att.cue[1] - (verb.idx + len(verb.text))  # the parenthetical's cue ends at its verb
    start = head.left_edge.idx + offset
    return start if 0 <= start < s and raw[start:s].count(",") >= 1 else s


def _written_case(raw: str, name: str) -> str:
    """A name a transcript's label gives in capitals ("CLETUS JNO BAPTISTE"), as the article writes it elsewhere
    ("Cletus Jno Baptiste"), not as a role in lower case ("chief minister"); any other name as it is."""
    if " " not in name or not name.isupper():
        return name
    found = (m.group() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", raw, re.I))
    return next((w for w in found if not w.isupper() and all(x[:1].isupper() for x in w.split())), name)


def _to_quote(raw: str, f: Found) -> Quote:
    s, e = f.content
    att = f.att
    if att is not None and att.attitude and f.kind == "indirect" and att.cue[0] < s:
        s = att.cue[0]  # "expressed skepticism about X": the attitude is part of the statement
    elif att is not None and f.kind == "indirect":
        s = _parenthetical_start(raw, att, s)
    speaker = f.entity.canonical if f.entity is not None else None
    src = att.source if att is not None else None
    cue = att.cue if att is not None and att.cue[1] > att.cue[0] else None  # a newcomer's quote has no cue
    return Quote(
        text=raw[s:e],
        start=s,
        end=e,
        kind=f.kind,  # type: ignore[arg-type]
        speaker=speaker,
        speaker_mention=raw[src[0] : src[1]] if src else None,
        speaker_start=src[0] if src else None,
        speaker_end=src[1] if src else None,
        cue=raw[cue[0] : cue[1]] if cue else None,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        context_start=f.context[0],
        context_end=f.context[1],
    )
