"""PolNeAR -> BIO windows for the attribution tagger (issue 3).

Gold is the alphabetically first annotator file of each document; a discontinuous span
("s1 e1;s2 e2") counts as its fragments, each a span of its own (as the benchmark scores it).
Windows are built with :func:`stance.tagger.encode_regions` / :func:`stance.tagger.pack_windows`
over the same segments the extractor tags, so training and inference see the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stance.quotes import find_direct_quotes, sanitize
from stance.tagger import LABELS, TAGS, Window, encode_regions, pack_windows

from .polnear import gold_files, read_ann, read_text

Spans = dict[str, list[tuple[int, int]]]


@dataclass
class Doc:
    """One PolNeAR article with its gold spans per tag."""

    name: str
    text: str
    gold: Spans


def gold_spans(path: Path) -> Spans:
    """Source / Cue / Content fragments of one brat ``.ann`` file (empty fragments dropped)."""
    ann = read_ann(path)
    return {t: [(s, e) for s, e in ann.fragments(t) if e > s] for t in TAGS}


def load_docs(data: Path, split: str, limit: int | None = None) -> list[Doc]:
    """The documents of ``split`` ("train" or "dev"; never used on "test")."""
    if split not in ("train", "dev"):
        raise ValueError(f"split={split!r}: the tagger is developed on 'train' and 'dev' only")
    files = gold_files(data, split)
    if not files:
        raise FileNotFoundError(f"no .ann files under {data / split / 'attributions'}")
    return [Doc(stem, read_text(data, split, stem), gold_spans(path)) for stem, path in files[:limit]]


def char_labels(n: int, gold: Spans) -> tuple[list[int], list[int]]:
    """Per character: tag index + 1 (0 = none) and the id of the gold span covering it."""
    tag = [0] * n
    span_id = [-1] * n
    k = 0
    for t, name in enumerate(TAGS):
        for s, e in gold[name]:
            for i in range(max(0, s), min(n, e)):
                tag[i], span_id[i] = t + 1, k
            k += 1
    return tag, span_id


def window_labels(window: Window, tag: list[int], span_id: list[int]) -> list[int]:
    """BIO label ids for the tokens of ``window`` (B where the token opens a gold span)."""
    out: list[int] = []
    prev = -1
    breaks = set(window.breaks)
    for k, (s, e) in enumerate(window.offsets):
        i = next((j for j in range(s, e) if tag[j]), s)
        if not tag[i]:
            out.append(0)
            prev = -1
            continue
        begin = span_id[i] != prev or k in breaks
        out.append(LABELS.index(f"{'B' if begin else 'I'}-{TAGS[tag[i] - 1]}"))
        prev = span_id[i]
    return out


def doc_regions(text: str) -> list[tuple[int, int]]:
    """Every segment of an article (the extractor tags the candidate ones among them)."""
    from stance.extractor import segments

    clean = sanitize(text)
    return segments(clean, find_direct_quotes(clean))


def build_windows(tokenizer, docs: list[Doc], max_length: int) -> list[tuple[list[int], list[int]]]:
    """(token ids without specials, label ids) for every window of every document."""
    out = []
    for doc in docs:
        clean = sanitize(doc.text)
        enc = encode_regions(tokenizer, clean, doc_regions(doc.text))
        tag, span_id = char_labels(len(clean), doc.gold)
        for w in pack_windows(enc, max_length - 2):
            out.append((w.ids, window_labels(w, tag, span_id)))
    return out
