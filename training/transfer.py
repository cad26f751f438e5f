"""Transfer sets: public stance and sentiment data mapped onto the project's labels, for auxiliary training.

Each loader reads one dataset under ``../shared/data`` (its train-like part only) and returns
:class:`~training.corpus.Example` objects that carry the dataset's own target. The mapping is documented
in ``training/data/TRANSFER.md``. Nothing here is copied into the repository.

NewsMTSC and directed-sentiment lines that the project's corpus references (``real_*.jsonl``) are
excluded (by file and line, by sentence, and when a sentence contains a referenced statement), so that
no dev or test sentence leaks into training.

    >>> from training.corpus import shared_data_dir
    >>> root = shared_data_dir()
    >>> xs = load_transfer("ibm", root, limit=10, seed=0) if root else []
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .corpus import DATA_DIR, Example, read_jsonl, resolve_origin

VAST_STANCE = {"0": "skeptical", "1": "support", "2": "neutral"}
PERSPECTRUM_STANCE = {"support": "support", "undermine": "skeptical"}
IBM_STANCE = {"1": "support", "-1": "skeptical"}
NEWSMTSC_SENTIMENT = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
DIRECTED_SENTIMENT = {"0": "neutral", "1": "positive", "2": "positive", "3": "negative", "4": "negative"}
_BRACKETS = str.maketrans("", "", "[]")


def _example(name: str, key: str, text: str, target: str, *, stance: str | None = None,
             sentiment: str | None = None, speaker: str = "", **meta: Any) -> Example:
    """One transfer example; ``key`` makes the id unique and stable within the dataset."""
    return Example(id=f"{name}:{key}", text=text.strip(), target=target.strip(), stance=stance,
                   sentiment=sentiment, speaker=speaker, kind="direct", split="train", origin="transfer",
                   source=f"{name}:{meta.get('file', '')}", meta={"dataset": name, **meta})


def normalize_sentence(text: str) -> str:
    """Bracket-free, lower-cased, whitespace-collapsed form used to match sentences across files."""
    return re.sub(r"\s+", " ", text.translate(_BRACKETS)).strip().lower()


# -- exclusion of corpus-referenced lines --------------------------------------------------------------
_WORD = re.compile(r"\w+")
MIN_STATEMENT_CHARS = 30  # shorter statements are too generic to exclude every sentence containing them


class _References:
    """What the project corpus refers to: (dataset, file, line) keys, sentences and statements."""

    def __init__(self) -> None:
        self.lines: set[tuple[str, str, int]] = set()
        self.sentences: set[str] = set()
        self.by_head: dict[tuple[str, ...], set[str]] = {}

    def add_statement(self, text: str) -> None:
        norm = normalize_sentence(text)
        head = tuple(_WORD.findall(norm)[:3])
        if len(norm) >= MIN_STATEMENT_CHARS and head:
            self.by_head.setdefault(head, set()).add(norm)

    def excludes(self, dataset: str, file: str, line: int, sentence: str) -> bool:
        """True when the line is referenced, or its sentence is or contains a referenced one."""
        if (dataset, file, line) in self.lines:
            return True
        norm = normalize_sentence(sentence)
        if norm in self.sentences:
            return True
        words = _WORD.findall(norm)
        for i in range(len(words)):
            for stmt in self.by_head.get(tuple(words[i:i + 3]), ()):
                if stmt in norm:
                    return True
        return False


@lru_cache(maxsize=4)
def corpus_references(root: Path, data_dir: Path = DATA_DIR) -> _References:
    """Every line, sentence and statement that the corpus's ``real_*.jsonl`` records refer to.

    All splits count. A reference that does not resolve still excludes its (file, line). A transfer
    sentence is excluded when it is a referenced line, equals a referenced sentence, or contains a
    referenced statement (PolNeAR quotes can reappear inside NewsMTSC or directed-sentiment sentences).
    """
    refs = _References()
    for path in sorted(data_dir.glob("real_*.jsonl")):
        for _, rec, _err in read_jsonl(path):
            origin = (rec or {}).get("origin")
            if not isinstance(origin, dict):
                continue
            if isinstance(origin.get("line"), int):
                refs.lines.add((str(origin.get("dataset")), str(origin.get("file")), origin["line"]))
            try:
                text, context, _ = resolve_origin(origin, root)
            except ValueError:
                continue
            refs.add_statement(text)
            if context and origin.get("dataset") != "polnear":
                refs.sentences.add(normalize_sentence(context))
    return refs


# -- the loaders --------------------------------------------------------------------------------------
def _vast(root: Path) -> Iterable[Example]:
    """VAST dev split (the train split is not available): pro/con/neutral toward a free-text topic."""
    path = root / "vast" / "vast_dev.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            label = VAST_STANCE.get((row.get("Stance") or "").strip())
            if label and row.get("Tweet") and row.get("Target"):
                yield _example("vast", str(n), row["Tweet"], row["Target"], stance=label,
                               file="vast_dev.csv", row=n)


def _perspectrum(root: Path) -> Iterable[Example]:
    """Perspectrum train claims: each perspective supports or undermines its claim (the target)."""
    base = root / "perspectrum"
    split = json.loads((base / "dataset_split_v1.0.json").read_text(encoding="utf-8"))
    pool = {p["pId"]: p["text"] for p in json.loads((base / "perspective_pool_v1.0.json").read_text(encoding="utf-8"))}
    claims = json.loads((base / "perspectrum_with_answers_v1.0.json").read_text(encoding="utf-8"))
    for claim in claims:
        if split.get(str(claim["cId"])) != "train":
            continue
        for cluster in claim["perspectives"]:
            label = PERSPECTRUM_STANCE.get(str(cluster.get("stance_label_3", "")).lower())
            for pid in cluster["pids"] if label else ():
                if pid in pool:
                    yield _example("perspectrum", f"{claim['cId']}:{pid}", pool[pid], claim["text"],
                                   stance=label, file="perspectrum_with_answers_v1.0.json",
                                   claim=claim["cId"], perspective=pid)


def _ibm(root: Path) -> Iterable[Example]:
    """IBM ArgQ-Rank-30k, rows with ``set == train``: +1/-1 stance of an argument toward its topic."""
    path = root / "ibm_argq30k" / "arg_quality_rank_30k.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            label = IBM_STANCE.get((row.get("stance_WA") or "").strip())
            if row.get("set") == "train" and label and row.get("argument") and row.get("topic"):
                yield _example("ibm", str(n), row["argument"], row["topic"], stance=label,
                               file="arg_quality_rank_30k.csv", row=n)


def _newsmtsc(root: Path) -> Iterable[Example]:
    """NewsMTSC train: sentiment (2/4/6) toward each target mention; one example per mention."""
    path = root / "newsmtsc" / "train.jsonl"
    refs = corpus_references(Path(root))
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
        if not line.strip():
            continue
        rec = json.loads(line)
        sent = rec["sentence_normalized"]
        if refs.excludes("newsmtsc", "train.jsonl", n, sent):
            continue
        for i, t in enumerate(rec.get("targets", [])):
            label = NEWSMTSC_SENTIMENT.get(float(t.get("polarity", -1)))
            if label and t.get("mention"):
                yield _example("newsmtsc", f"{n}:{i}", sent, t["mention"], sentiment=label,
                               file="train.jsonl", line=n)


def _directed(root: Path) -> Iterable[Example]:
    """Directed sentiment news train: p/q attitude; target = the entity liked or disliked, speaker = holder."""
    path = root / "directed_sentiment_news" / "train.txt"
    refs = corpus_references(Path(root))
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
        parts = line.split("\t")
        if len(parts) != 4 or parts[3].strip() not in DIRECTED_SENTIMENT:
            continue
        if refs.excludes("directed_sentiment_news", "train.txt", n, parts[0]):
            continue
        sent, p, q, code = parts[0], parts[1].strip(), parts[2].strip(), parts[3].strip()
        # 1/3: p holds the attitude toward q; 2/4: q toward p; 0 (neutral): either way, chosen by line.
        holder, target = (q, p) if code in ("2", "4") or (code == "0" and n % 2) else (p, q)
        yield _example("directed", str(n), sent.translate(_BRACKETS), target, speaker=holder,
                       sentiment=DIRECTED_SENTIMENT[code], file="train.txt", line=n)


TRANSFER_SETS: dict[str, Callable[[Path], Iterable[Example]]] = {
    "vast": _vast,
    "perspectrum": _perspectrum,
    "ibm": _ibm,
    "newsmtsc": _newsmtsc,
    "directed": _directed,
}


def label_of(x: Example) -> str:
    """The label a transfer example is balanced on: its stance, else its sentiment."""
    return str(x.stance if x.stance is not None else x.sentiment)


def balanced_sample(examples: list[Example], limit: int | None, seed: int) -> list[Example]:
    """Up to ``limit`` examples, as equal per label as the data allows, chosen and ordered by ``seed``."""
    rng = random.Random(seed)
    if limit is None or limit >= len(examples):
        out = list(examples)
        rng.shuffle(out)
        return out
    groups: dict[str, list[Example]] = defaultdict(list)
    for x in examples:
        groups[label_of(x)].append(x)
    pools = [groups[k] for k in sorted(groups)]
    for pool in pools:
        rng.shuffle(pool)
    quota = [0] * len(pools)
    left = limit
    while left > 0:
        open_ = [i for i, pool in enumerate(pools) if quota[i] < len(pool)]
        share = max(1, left // len(open_))
        for i in open_:
            take = min(share, len(pools[i]) - quota[i], left)
            quota[i] += take
            left -= take
    out = [x for pool, q in zip(pools, quota) for x in pool[:q]]
    rng.shuffle(out)
    return out


def load_transfer(name: str, root: Path, *, limit: int | None = None, seed: int = 0) -> list[Example]:
    """Load one transfer set as :class:`Example` objects with ``split='train'``.

    Args:
        name: one of :data:`TRANSFER_SETS` (``vast``, ``perspectrum``, ``ibm``, ``newsmtsc``, ``directed``).
        root: the shared data directory (``../shared/data``).
        limit: at most this many examples, balanced across labels where possible; None keeps all.
        seed: makes the sample and its order deterministic.

    Returns:
        The examples; stance sets have ``sentiment=None``, sentiment sets ``stance=None``.

    Raises:
        ValueError: unknown name, a negative limit, or the dataset's files are missing.
    """
    if name not in TRANSFER_SETS:
        raise ValueError(f"unknown transfer set {name!r}. Available names: {sorted(TRANSFER_SETS)}")
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a non-negative int or None, got {limit!r}")
    try:
        examples = list(TRANSFER_SETS[name](Path(root)))
    except FileNotFoundError as exc:
        raise ValueError(f"transfer set {name!r} not found under {root}: {exc.filename}") from exc
    return balanced_sample(examples, limit, seed)
