"""Build ``cues.json``: the cue-word lexicon, from PolNeAR TRAIN ``Cue`` spans.

Only single lower-cased words, their lemma and counts are stored (no sentences):
for each word form, how often it occurs inside a gold Cue span (``cue``) and how often it
occurs in the train texts at all (``seen``), so ``cue / seen`` estimates how reliable the
word is as a cue. Multi-word cue phrases are stored as lemma sequences with counts only.

Usage::

    python -m stance.resources.build_cue_lexicon ../shared/data/polnear/data/train
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def gold_files(root: Path) -> dict[str, Path]:
    """Map each document stem to its alphabetically first annotator's ``.ann`` file."""
    out: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        out.setdefault(stem, ann)
    return out


def cue_spans(ann: Path) -> list[str]:
    """Text of each ``Cue`` span in one brat file."""
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1].startswith("Cue "):
            spans.append(parts[2])
    return spans


def lemma_of(nlp, words: list[str]) -> dict[str, str]:
    """Lemmatise each word form once (verb reading first: cues are mostly verbs)."""
    out = {}
    for word in words:
        doc = nlp(f"they {word} it")
        tok = doc[1] if len(doc) == 3 else doc[0]
        out[word] = tok.lemma_.lower() or word
    return out


def build(root: Path) -> dict:
    """Count cue words over the train split and return the lexicon dict."""
    from stance.nlp import load_nlp

    cue_words: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for stem, ann in gold_files(root).items():
        text = (root / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        seen.update(w.lower() for w in WORD.findall(text))
        for span in cue_spans(ann):
            words = [w.lower() for w in WORD.findall(span)]
            cue_words.update(words)
            if 1 < len(words) <= 4:
                phrases[" ".join(words)] += 1
    nlp = load_nlp(disable=("parser", "ner"))
    lemmas = lemma_of(nlp, sorted(w for w, c in cue_words.items() if c >= 2))
    forms = {w: [lemmas[w], c, max(seen[w], c)] for w, c in cue_words.items() if w in lemmas}
    lemma_counts: Counter[str] = Counter()
    for lemma, count, _ in forms.values():
        lemma_counts[lemma] += count
    return {
        "source": "PolNeAR v1.0.0 train split, Cue spans (alphabetically first annotator)",
        "fields": "forms: word -> [lemma, count inside Cue spans, count in train texts]",
        "lemmas": dict(lemma_counts.most_common()),
        "forms": dict(sorted(forms.items())),
        "phrases": {p: c for p, c in phrases.most_common() if c >= 3},
    }


def main(argv: list[str]) -> None:
    """Entry point: ``build_cue_lexicon TRAIN_DIR [OUT]``."""
    root = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("cues.json")
    out.write_text(json.dumps(build(root), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
