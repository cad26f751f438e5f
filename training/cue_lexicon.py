"""Build ``cues.json``: the cue-word lexicon, from PolNeAR TRAIN ``Cue`` spans.

Only single lower-cased words, their lemma and counts are stored (no sentences):
for each word form, how often it occurs inside a gold Cue span (``cue``) and how often it
occurs in the train texts at all (``seen``), so ``cue / seen`` estimates how reliable the
word is as a cue. Multi-word cue phrases are stored as lemma sequences with counts only.

Usage::

    python -m training.cue_lexicon [--data ../shared/data/polnear/data] [--out stance/resources/cues.json]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from .polnear import DEFAULT_DATA, Annotation, gold_files, read_ann, read_text

LEXICON = Path(__file__).resolve().parents[1] / "stance" / "resources" / "cues.json"
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def cue_spans(ann: Annotation) -> list[str]:
    """Brat's text of each ``Cue`` span of one annotator's file."""
    return [span.text for span in ann.spans.values() if span.label == "Cue"]


def lemma_of(nlp, words: list[str]) -> dict[str, str]:
    """Lemmatise each word form once (verb reading first: cues are mostly verbs)."""
    out = {}
    for word in words:
        doc = nlp(f"they {word} it")
        tok = doc[1] if len(doc) == 3 else doc[0]
        out[word] = tok.lemma_.lower() or word
    return out


def build(data: Path) -> dict:
    """Count cue words over the train split and return the lexicon dict."""
    from stance.nlp import load_nlp

    cue_words: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for stem, path in gold_files(data, "train"):
        seen.update(w.lower() for w in WORD.findall(read_text(data, "train", stem)))
        for span in cue_spans(read_ann(path)):
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


def main(argv: list[str] | None = None) -> None:
    """Entry point: write the lexicon built from ``--data``'s train split to ``--out``."""
    ap = argparse.ArgumentParser(prog="python -m training.cue_lexicon", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR's data folder (holding train/)")
    ap.add_argument("--out", type=Path, default=LEXICON, help="where to write the lexicon")
    args = ap.parse_args(argv)
    if not gold_files(args.data, "train"):
        raise SystemExit(f"no PolNeAR train annotations under {args.data / 'train' / 'attributions'}")
    args.out.write_text(json.dumps(build(args.data), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
