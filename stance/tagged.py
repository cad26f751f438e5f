""":class:`TaggedExtractor`: attribution spans from the BIO tagger, linking and speakers by rules (issue 3).

The tagger (:mod:`stance.tagger`) marks Source, Cue and Content spans on the candidate segments of
an article. Inside each segment every Cue heads one attribution (PolNeAR's structure: one cue, at
most one source, one or more content fragments); each Content fragment goes to the nearest cue,
each Source to the nearest cue still without one. Where the tagger leaves a gap, the rules of
:class:`stance.extractor.Extractor` fill it: a direct quote the tagger did not mark as content is
parsed with spaCy and attributed by the rules (spaCy is loaded only when such a gap occurs).
Speakers are resolved by :class:`stance.resolve.Resolver`, as in the rule-based extractor.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from stance.assemble import Found, finish
from stance.attribution import Attribution, doc_attributions
from stance.cues import ATTITUDE_NOUNS, LIGHT_VERBS
from stance.direct import segment_quotes
from stance.extractor import Extractor, cue_words, interview_answers, introduced, segments
from stance.names import caps
from stance.quotes import QUOTE_CHARS, QuoteIndex, QuoteSpan, find_direct_quotes, sanitize
from stance.resolve import Resolver
from stance.tagged_statements import keep_statements, outlet_name
from stance.tagger import SpanOut, Tagger
from stance.types import Quote

from .model_io import shipped_model_dir

Span = tuple[int, int]
DEFAULT_TAGGER = (shipped_model_dir("attribution-tagger", "tagger_config.json")
                  or Path(__file__).resolve().parents[1] / "models" / "attribution-tagger")
_EDGE = set(QUOTE_CHARS) | set(" \t\n,;:")
_NAME = re.compile(caps(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][a-z'’-]+|(?:de|van|von|al)\b))*\s+[A-Z][a-z'’-]+"))
_NOT_NAME = frozenset("The A An In On At But And As If When While After Before This That It He She They We".split())
_REL = frozenset(("who", "which", "that"))
ORPHAN_REACH = 300  # chars: a content with no cue in its segment joins the previous attribution


def _gap(x: Span, y: Span) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(x[0], y[0]) - min(x[1], y[1]))


def _strip(text: str, s: int, e: int) -> Span:
    """The span without surrounding whitespace, quote marks and ``,;:``."""
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def link(text: str, spans: list[SpanOut]) -> tuple[list[Attribution], list[Span]]:
    """Group one segment's spans into attributions; returns them and the orphan contents.

    Each Cue heads one attribution; each Content goes to the nearest cue (one cue may get
    several fragments); each Source goes to the nearest cue without a source, closest pairs first.
    """
    cues = [(s, e) for t, s, e in spans if t == "Cue"]
    contents = [_strip(text, s, e) for t, s, e in spans if t == "Content"]
    sources = [_strip(text, s, e) for t, s, e in spans if t == "Source"]
    contents = [c for c in contents if c[1] > c[0]]
    sources = [x for x in sources if x[1] > x[0] and not _outlet(text, x)]
    if not cues:
        return [], contents
    parts: list[list[Span]] = [[] for _ in cues]
    for c in contents:
        k = min(range(len(cues)), key=lambda i: (_gap(cues[i], c), cues[i][0] > c[0]))
        parts[k].append(c)
    owner: dict[int, Span] = {}
    pairs = sorted((_gap(cues[i], s), i, s) for i in range(len(cues)) for s in sources)
    used: set[Span] = set()
    for _, i, s in pairs:
        if i not in owner and s not in used:
            owner[i] = s
            used.add(s)
    out = []
    for i, cue in enumerate(cues):
        for c in parts[i] or [(cue[1], cue[1])]:
            out.append(Attribution(cue, c, owner.get(i)))
    return out, []


def _outlet(text: str, src: Span) -> bool:
    """"in an interview with Radio Azadlig": the name after "with" is the outlet, not the speaker."""
    words = text[max(0, src[0] - 60) : src[0]].split()
    while words and words[-1][:1].isupper():
        words.pop()
    return bool(words) and words[-1].lower() == "with"


def _kind(span: Span, quotes: list[QuoteSpan]) -> str:
    """"direct" when a direct quote covers most of the content span."""
    n = max(1, span[1] - span[0])
    for q in quotes:
        inter = min(span[1], q.end) - max(span[0], q.start)
        if inter > 0 and inter >= 0.5 * n:
            return "direct"
    return "indirect"


def _split(spans: list[SpanOut], segs: list[Span]) -> list[list[SpanOut]]:
    """The spans of each segment (by the segment holding the span's start; both in text order)."""
    out: list[list[SpanOut]] = [[] for _ in segs]
    starts = [a for a, _ in segs]
    for span in spans:
        k = bisect.bisect_right(starts, span[1]) - 1
        if k >= 0:
            out[k].append(span)
    return out


def proper_names(text: str, seg: Span) -> list[tuple[int, str]]:
    """Runs of two or more capitalised words in a segment (antecedents for "he"/"she")."""
    out = []
    for m in _NAME.finditer(text, *seg):
        words = m.group().split()
        if words[0] in _NOT_NAME:
            words = words[1:]
        if len(words) >= 2:
            out.append((m.end() - len(" ".join(words)), " ".join(words)))
    return out


def _name_before(text: str, seg: Span, src: Span) -> Span | None:
    """The proper name just before ``src`` in the segment: the antecedent of a source "who" ("Jane Doe, who
    said"), or the speaker before a cue whose tagged source is the outlet told ("Jane Doe told Reuters")."""
    names = [m for m in _NAME.finditer(text, seg[0], src[0]) if src[0] - m.end() <= 4]
    return (names[-1].start(), names[-1].end()) if names else None


class TaggedExtractor(Extractor):
    """Quotes and speakers of an article, with spans from the fine-tuned tagger.

    Same interface as :class:`stance.extractor.Extractor` (``extract``, ``extract_many``, ``group``,
    ``find``).

    Args:
        nlp: a loaded spaCy pipeline for the rule fallback; None loads one on first need.
        tagger: a loaded :class:`stance.tagger.Tagger`; None loads ``tagger_path``.
        tagger_path: the tagger directory (default ``models/attribution-tagger``).
        quantize: load the tagger with int8 linear layers (CPU; faster, 1-2 points lower F1).
        nlp_name: the spaCy pipeline to load when ``nlp`` is None.
        rules_for_gaps: attribute direct quotes the tagger left out by the rules.

    Example:
        >>> ex = TaggedExtractor()  # doctest: +SKIP
        >>> [q.speaker for q in ex.extract('"We are ready," Jane Doe said.')]  # doctest: +SKIP
        ['Jane Doe']
    """

    def __init__(self, nlp: Any = None, *, tagger: Tagger | None = None, tagger_path: str | Path | None = None,
                 nlp_name: str | None = None, rules_for_gaps: bool = True, quantize: bool = False,
                 device: str | None = "cpu", dtype: Any = None) -> None:
        self._nlp, self._nlp_name = nlp, nlp_name
        self._cues = cue_words()
        if tagger is None:
            tagger = Tagger.load(tagger_path or DEFAULT_TAGGER, device, quantize=quantize, dtype=dtype)
        self.tagger = tagger
        self.rules_for_gaps = rules_for_gaps

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline, loaded on first use (only gaps need it)."""
        if self._nlp is None:
            from stance.nlp import load_nlp

            self._nlp = load_nlp(self._nlp_name)
        return self._nlp

    @nlp.setter
    def nlp(self, value: Any) -> None:
        self._nlp = value

    def find(self, raw: str, *, batch_size: int = 16, n_process: int = 1) -> tuple[list[Found], Resolver]:
        """Attributions (source, cue and content spans) before speaker resolution."""
        text = sanitize(raw)
        quotes = find_direct_quotes(text)
        index = QuoteIndex(quotes)
        found, answered, text = interview_answers(text)
        segs = [s for s in segments(text, quotes) if self.wanted(text, s, index) and not answered.touches(*s)]
        per_seg = _split(self.tagger.spans(text, segs), segs)
        resolver = Resolver.for_article(text)
        gaps: list[Span] = []
        for seg, spans in zip(segs, per_seg):
            for pos, name in proper_names(text, seg):
                resolver.note_person(pos, name)
            new = self._segment(text, seg, spans, index.overlapping(*seg), found)
            found.extend(new)
            if self.rules_for_gaps and self._has_gap(text, index.inside(*seg), new):
                gaps.append(seg)
        if gaps:
            found = self._fill_gaps(text, gaps, index, found, batch_size, n_process, introduced(text, resolver.subjects))
        return found, resolver

    def _segment(self, text: str, seg: Span, spans: list[SpanOut], quotes: list[QuoteSpan],
                 prev: list[Found]) -> list[Found]:
        """Attributions of one segment; contents with no cue there join the previous attribution."""
        atts, orphans = link(text, spans)
        out = []
        for att in atts:
            out.append(Found(att.content, _kind(att.content, quotes), att, seg))
        last = next((f for f in reversed(prev) if f.att is not None), None)
        for c in orphans:
            if last is not None and c[0] - last.content[1] <= ORPHAN_REACH:
                out.append(Found(c, _kind(c, quotes), last.att, seg))
        return out

    def _extract_chunk(self, texts: list[str], batch_size: int, n_process: int) -> Iterator[list[Quote]]:
        """One article at a time: the tagger reads every segment, spaCy parses only the gaps it leaves, too
        few for worker processes to pay (so ``n_process`` is not used here)."""
        for raw in texts:
            yield self._extract_one(raw, batch_size=batch_size, n_process=1)

    def _extract_one(self, raw: str, *, batch_size: int, n_process: int) -> list[Quote]:
        """Quotes of one article: tagged attributions, speaker mentions fixed up, speakers resolved."""
        found, resolver = self.find(raw, batch_size=batch_size, n_process=n_process)
        text = sanitize(raw)
        inherited = _speaker_sources(text, found)
        found = _merge_reasons(text, found, inherited)
        keep_statements(text, found)
        return finish(raw, found, resolver)

    @staticmethod
    def _has_gap(text: str, local: list[QuoteSpan], new: list[Found]) -> bool:
        """A cue the tagger gave no content, or a direct quote of 4+ words (of ``local``, the segment's
        quotes) that no tagged content overlaps."""
        if any(f.content[1] <= f.content[0] for f in new):
            return True
        for q in local:
            if len(text[q.start : q.end].split()) >= 4:
                if not any(f.content[0] < q.end and q.start < f.content[1] for f in new):
                    return True
        return False

    def _fill_gaps(self, text: str, gaps: list[Span], index: QuoteIndex, found: list[Found],
                   batch_size: int, n_process: int, people: Sequence[Span] = ()) -> list[Found]:
        """Rule-based contents for the cues the tagger left without one, and rule-based
        attributions for the direct quotes it left out (each gap segment parsed once)."""
        docs = self.nlp.pipe((text[a:b] for a, b in gaps), batch_size=batch_size, n_process=n_process)
        extra: list[Found] = []
        ordered = sorted(found, key=lambda f: f.content)
        starts = [f.content[0] for f in ordered]
        by_segment: dict[Span, list[Found]] = defaultdict(list)
        for f in found:
            by_segment[f.context].append(f)
        for (a, b), doc in zip(gaps, docs):
            _rule_contents(doc, a, by_segment[(a, b)], found)
            k = bisect.bisect_left(starts, a)
            before = next((ordered[j] for j in range(k - 1, -1, -1) if ordered[j].kind == "direct"), None)
            for f in segment_quotes(doc, a, b, index.inside(a, b), before, people):
                if f.kind == "direct" and f.att is not None and not _overlaps_any(f.content, found):
                    extra.append(f)
        return sorted(found + extra, key=lambda f: f.content)


def _rule_contents(doc: Any, offset: int, local: list[Found], found: list[Found]) -> None:
    """Give each content-less tagged cue the content the parse rules find for the same cue."""
    empty = [f for f in local if f.att is not None and f.content[1] <= f.content[0]]
    if not empty:
        return
    rules = doc_attributions(doc, offset)
    for f in empty:
        cue = f.att.cue
        rule = next((r for r in rules if r.cue[0] < cue[1] and cue[0] < r.cue[1]), None)
        if rule is not None and not _overlaps_any(rule.content, found):
            f.content = rule.content
            f.att = replace(f.att, content=rule.content)


def _speaker_sources(text: str, found: list[Found]) -> set[int]:
    """Point each attribution at the mention that names its speaker (for quotes, not the benchmark).

    "Jane Doe, who said ...": the antecedent of "who"; "Jane Doe told Reuters ...": the name before the cue,
    where the tagger took the outlet for the source. "X supported this opinion, stating that ...":
    PolNeAR gives the participle's attribution no source (each token has one role); it inherits the
    source of the attribution before it in the same segment. Returns the ids of the
    attributions whose source was inherited.
    """
    last: dict[Span, Span] = {}
    inherited: set[int] = set()
    for f in sorted(found, key=lambda f: (f.context, f.att.cue if f.att is not None else f.content)):
        att = f.att
        if att is None:
            continue
        src = att.source
        if src is not None and text[src[0] : src[1]].lower() in _REL:
            src = _name_before(text, f.context, src) or src
        elif src is not None and src[0] >= att.cue[1] and outlet_name(text[src[0] : src[1]]):
            src = _name_before(text, f.context, att.cue) or src  # "Jane Doe told Reuters": Reuters was told
        elif src is None and f.context in last and last[f.context][1] <= att.cue[0]:
            src = last[f.context]
            inherited.add(id(f))
        if src is not att.source:
            f.att = replace(att, source=src)
        if src is not None:
            last[f.context] = src
    return inherited


def _merge_reasons(text: str, found: list[Found], inherited: set[int]) -> list[Found]:
    """"expressed skepticism about X, citing Y" is one statement for the quotes (the participle
    gives the reason for the attitude, as :class:`Extractor` joins them; issue 3 seed), and the
    attitude cue opens the quote. (``att.attitude`` stays False: the rules' own merge needs a parse.)"""
    out: list[Found] = []
    attitude: set[int] = set()
    for f in sorted(found, key=lambda f: f.content):
        prev = out[-1] if out else None
        if (prev is not None and id(prev) in attitude and f.att is not None and id(f) in inherited
                and prev.content[1] <= f.att.cue[0] and not text[prev.content[1] : f.att.cue[0]].strip(" ,;")):
            prev.content = (prev.content[0], f.content[1])
            continue
        cue = f.att.cue if f.att is not None else None
        if cue is not None and f.kind == "indirect" and cue[1] <= f.content[0] and _is_attitude(text[cue[0] : cue[1]]):
            if f.content[1] > f.content[0]:
                f.content = (cue[0], f.content[1])
                attitude.add(id(f))
        out.append(f)
    return out


def _is_attitude(cue: str) -> bool:
    """A light verb with an attitude noun ("expressed skepticism about", "voiced concern over")."""
    words = cue.lower().split()
    return bool(words) and any(w in LIGHT_VERBS for w in words) and any(w in ATTITUDE_NOUNS for w in words)


def _overlaps_any(span: Span, found: list[Found]) -> bool:
    """Whether ``span`` overlaps the content of any attribution in ``found``."""
    return any(f.content[0] < span[1] and span[0] < f.content[1] for f in found)

