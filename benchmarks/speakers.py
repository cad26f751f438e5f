"""Speaker-level benchmark on hand-written wire-style articles (issue 3, "real news" goal).

Runs :class:`stance.extractor.Extractor` over ``tests/data/articles/NN-slug.txt`` and compares
the speakers it returns (``Extractor.group``) with the gold ``NN-slug.json``. Articles 01-08 are
the development set, 17-24 a second development set (written later, by people who had not read
the extractor), 09-16 the held-out test set, plus the seed article when
``../shared/examples`` exists.

A returned speaker matches a gold speaker when its name or one of its aliases equals a gold
name or alias (case-insensitive, titles and articles ignored) or when most of its quotes
overlap that gold speaker's quotes. Reported per set:

* speaker recall: gold speakers matched by at least one returned speaker;
* speaker precision: returned speakers that match a gold speaker no earlier returned speaker
  already matched (fragments, pronouns and duplicates all count against it);
* duplicate rate: returned speakers that match an already-matched gold speaker;
* quote coverage: gold quotes overlapped >= 50% by a quote of a returned speaker matched to
  their gold speaker;
* articles/s for extraction alone.

Usage::

    .venv/bin/python benchmarks/speakers.py                 # dev + seed + test
    .venv/bin/python benchmarks/speakers.py --sets dev,seed -v   # development, with errors
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
_SET_FILE = json.loads((ARTICLES.parent / "speaker_sets.json").read_text(encoding="utf-8"))
SETS = {name: range(lo, hi + 1) for name, (lo, hi) in _SET_FILE["sets"].items()}
#: The sets whose speaker labels train the stance model's second stage (training/speaker_rows.py).
STANCE_TRAINING = frozenset(name for names in _SET_FILE["stance_training"].values() for name in names)


def article_number(name: str) -> int:
    """The number an article file or slug starts with ("07-slug.txt" -> 7, "104-slug" -> 104)."""
    return int(name.split("-", 1)[0])


def article_paths() -> list[Path]:
    """The benchmark's article texts, in number order."""
    return sorted(ARTICLES.glob("*.txt"), key=lambda p: article_number(p.name))


def set_of(name: str) -> str | None:
    """The set an article file or slug belongs to (None: in no set, or not a numbered article)."""
    if not name[:1].isdigit():
        return None
    n = article_number(name)
    return next((s for s, numbers in SETS.items() if n in numbers), None)


SEED = ROOT.parent / "shared" / "examples"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

_DROP = frozenset(
    "the a an mr mrs ms dr sen rep gov gen lt col president prime minister senator secretary "
    "spokesman spokeswoman spokesperson".split()
)


def norm(name: str) -> str:
    """Lower-case, possessives and punctuation off, leading titles and articles dropped."""
    low = re.sub(r"['’]s\b", "", name.lower())
    words = re.sub(r"[^\w\s-]", " ", low).split()
    while len(words) > 1 and words[0] in _DROP:
        words = words[1:]
    return " ".join(words)


@dataclass
class Gold:
    name: str
    names: set[str]
    spans: list[tuple[int, int]]


@dataclass
class Article:
    slug: str
    text: str
    gold: list[Gold]


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    returned: int = 0
    correct: int = 0
    dups: int = 0
    quotes: int = 0
    covered: int = 0
    seconds: float = 0.0
    articles: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("gold", "found", "returned", "correct", "dups", "quotes", "covered", "seconds", "articles"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors.extend(other.errors)

    def table(self) -> dict[str, float]:
        div = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
        return {
            "articles": self.articles,
            "gold speakers": self.gold,
            "returned speakers": self.returned,
            "speaker recall": div(self.found, self.gold),
            "speaker precision": div(self.correct, self.returned),
            "duplicate rate": div(self.dups, self.returned),
            "quote coverage": div(self.covered, self.quotes),
            "articles/s": div(self.articles, self.seconds),
        }


def _gold(text: str, speakers: list[dict]) -> list[Gold]:
    out = []
    for s in speakers:
        spans = []
        for q in s["quotes"]:
            at = text.find(q)
            if at < 0:
                raise ValueError(f"gold quote not in text: {q[:60]!r}")
            spans.append((at, at + len(q)))
        names = {norm(n) for n in [s["speaker"], *s.get("aliases", [])] if n.strip()}
        out.append(Gold(s["speaker"], names, spans))
    return out


def load_set(name: str) -> list[Article]:
    """A set of :data:`SETS` (``dev`` ... ``dev9`` for development, ``test`` ... ``test4`` held out; the README of
    ``tests/data/articles`` says which articles and when each was written) or ``seed``."""
    if name == "seed":
        if not (SEED / "seed-article.txt").is_file():
            return []
        text = (SEED / "seed-article.txt").read_text(encoding="utf-8")
        gold = json.loads((SEED / "seed-expected.json").read_text(encoding="utf-8"))["speakers"]
        return [Article("seed", text, _gold(text, gold))]
    wanted = SETS.get(name)
    if wanted is None:
        raise ValueError(f"unknown set {name!r}. Available: {sorted(SETS) + ['seed']}")
    out = []
    for path in article_paths():
        if article_number(path.name) in wanted:
            text = path.read_text(encoding="utf-8")
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["speakers"]
            out.append(Article(path.stem, text, _gold(text, gold)))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _quote_hits(spans: list[tuple[int, int]], g: Gold) -> int:
    """How many returned quote spans overlap a gold quote by half of the shorter one."""
    return sum(any(_overlap(s, q) >= 0.5 * min(s[1] - s[0], q[1] - q[0]) for q in g.spans) for s in spans)


def match(names: set[str], spans: list[tuple[int, int]], gold: list[Gold]) -> int | None:
    """Index of the gold speaker a returned speaker matches, or None."""
    by_name = [k for k, g in enumerate(gold) if names & g.names]
    hits = [_quote_hits(spans, g) for g in gold]
    if by_name:
        return max(by_name, key=lambda k: hits[k])
    best = max(range(len(gold)), key=lambda k: hits[k], default=None)
    if best is not None and hits[best] * 2 > len(spans):
        return best
    return None


def score_article(ex, art: Article) -> Score:
    t0 = time.perf_counter()
    quotes = ex.extract(art.text)
    sc = Score(gold=len(art.gold), articles=1, seconds=time.perf_counter() - t0)
    groups = ex.group(quotes)
    sc.returned = len(groups)
    hit_by: dict[int, list[tuple[int, int]]] = {}
    for name, aliases, qs in groups:
        spans = [(q.start, q.end) for q in qs]
        k = match({norm(n) for n in (name, *aliases)}, spans, art.gold)
        shown = f"{name!r} {list(aliases)[:3]} <- {qs[0].text[:50]!r}"
        if k is None:
            sc.errors.append(f"{art.slug}: FALSE {shown}")
        elif k in hit_by:
            sc.dups += 1
            sc.errors.append(f"{art.slug}: DUP of {art.gold[k].name!r}: {shown}")
        else:
            sc.correct += 1
        if k is not None:
            hit_by.setdefault(k, []).extend(spans)
    for k, g in enumerate(art.gold):
        mine = hit_by.get(k, [])
        sc.found += k in hit_by
        if k not in hit_by:
            sc.errors.append(f"{art.slug}: MISS {g.name!r}")
        sc.quotes += len(g.spans)
        for q in g.spans:
            if any(_overlap(q, s) >= 0.5 * (q[1] - q[0]) for s in mine):
                sc.covered += 1
            else:
                owner = next((qq.speaker for qq in quotes if _overlap(q, (qq.start, qq.end)) > 0), None)
                where = f"given to {owner!r}" if owner else "not extracted"
                sc.errors.append(f"{art.slug}: QUOTE of {g.name!r} {where}: {art.text[q[0]:q[1]][:60]!r}")
    return sc


def render(results: dict[str, dict[str, float]]) -> str:
    cols = list(next(iter(results.values())).keys())
    lines = ["| set | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for name, row in results.items():
        lines.append(f"| {name} | " + " | ".join(str(row[c]) for c in cols) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    every = [n for n in SETS if n.startswith("dev")] + ["seed"] + [n for n in SETS if n.startswith("test")]
    ap.add_argument("--sets", default=",".join(every),
                    help=f"comma-separated, from: {', '.join(every)} (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss, false and duplicate")
    ap.add_argument("--out", default=None,
                    help="basename under benchmarks/results/ (default speakers, speakers-tagger for a run over "
                    "every set; a run over some sets writes nothing unless --out names a file; '' to skip)")
    ap.add_argument("--extractor", default="rules", choices=["rules", "tagger"],
                    help="rules (the default extractor) or tagger (rules + the BIO attribution tagger)")
    ap.add_argument("--quantize", action="store_true", help="int8 tagger (with --extractor tagger)")
    ap.add_argument("--tagger", default=None,
                    help="tagger directory (with --extractor tagger; default models/attribution-tagger)")
    args = ap.parse_args(argv)
    if args.out is None:  # a subset run must not overwrite the full results
        full = set(args.sets.split(",")) >= set(every)
        args.out = ("speakers" if args.extractor == "rules" else "speakers-tagger") if full else ""
    if args.extractor == "tagger":
        from stance.tagged import TaggedExtractor

        ex = TaggedExtractor(tagger_path=args.tagger, quantize=args.quantize)
    else:
        from stance.extractor import Extractor

        ex = Extractor()
    ex.extract("Warm-up: Jane Doe said the talks would resume.")
    results, errors = {}, {}
    pooled = {"all development sets": Score(), "all held-out sets": Score()}
    for name in args.sets.split(","):
        arts = load_set(name.strip())
        if not arts:
            continue
        total = Score()
        for art in arts:
            total.add(score_article(ex, art))
        results[name], errors[name] = total.table(), total.errors
        if name.startswith(("dev", "test")):
            pooled["all development sets" if name.startswith("dev") else "all held-out sets"].add(total)
    results.update({k: v.table() for k, v in pooled.items() if v.articles})
    table = render(results)
    print(table)
    if args.verbose:
        print("\n".join(e for errs in errors.values() for e in errs))
    if args.out:
        RESULTS.mkdir(parents=True, exist_ok=True)
        cmd = f"python benchmarks/speakers.py --sets {args.sets} --extractor {args.extractor}"
        cmd += " --quantize" if args.quantize else ""
        cmd += f" --tagger {args.tagger}" if args.tagger else ""
        md = f"# Speaker benchmark\n\n`{cmd}`\n\n{table}\n\n## Errors\n\n" + "\n".join(
            f"- {e}" for errs in errors.values() for e in errs
        )
        (RESULTS / f"{args.out}.md").write_text(md + "\n", encoding="utf-8")
        payload = {"command": cmd, "results": results, "errors": errors}
        (RESULTS / f"{args.out}.json").write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
