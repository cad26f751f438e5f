"""Assemble training data: validate every input first, then split, augment and mix transfer sets."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from stance.types import DEFAULT_TARGET

from .augment import drop_context, swap_targets
from .corpus import Example, corpus_files, load_corpus, shared_data_dir
from .validate import read_user_file, validate_files


@dataclass
class DataBundle:
    train: list[Example]
    dev: list[Example]
    test: list[Example]
    transfer: list[Example]
    calibration: list[Example] = field(default_factory=list)  # temperature fit; empty: the dev split

    def describe(self) -> str:
        def c(xs: list[Example]) -> str:
            return f"{len(xs)} ({dict(Counter(x.stance for x in xs))})"

        return f"train={c(self.train)} dev={c(self.dev)} test={c(self.test)} transfer={len(self.transfer)}"


def _fail_on_problems(paths: list[Path], shared: str | None, user: bool) -> None:
    rep = validate_files(paths, shared, user=user)
    if rep.problems:
        listing = "\n  ".join(rep.problems[:200])
        more = f"\n  ... and {len(rep.problems) - 200} more" if len(rep.problems) > 200 else ""
        raise ValueError(f"{len(rep.problems)} problem(s) in the training data:\n  {listing}{more}")


def _user_split(rid: str, dev_fraction: float) -> str:
    h = int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 10_000
    return "dev" if h < dev_fraction * 10_000 else "train"


def user_examples(paths: list[Path], dev_fraction: float) -> list[Example]:
    """Examples from a user's JSONL/CSV files (schema in training/data/README.md)."""
    out = []
    for path in paths:
        for line, rec, _ in read_user_file(path):
            out.append(_user_example(rec or {}, f"{path.name}:{line}", dev_fraction))
    return out


def _user_example(rec: dict[str, Any], where: str, dev_fraction: float) -> Example:
    rid = str(rec.get("id") or where)
    split = rec.get("split") or _user_split(rid, dev_fraction)
    return Example(
        id=rid, text=rec["text"], target=rec.get("target") or DEFAULT_TARGET,
        stance=rec.get("stance") or None, sentiment=rec.get("sentiment") or None,
        context=rec.get("context") or "", speaker=rec.get("speaker") or "", kind=rec.get("kind") or "direct",
        split=split, origin="user", source=where,
    )


def build_bundle(cfg: Any) -> DataBundle:
    """Validate, load, split and augment. Raises ValueError listing every data problem."""
    if cfg.data:
        paths = [Path(p) for p in cfg.data]
        _fail_on_problems(paths, cfg.shared, user=True)
        examples = user_examples(paths, cfg.dev_fraction)
        if getattr(cfg, "corpus_test", False):  # a second stage on other data, measured on the same real test
            examples = [x for x in examples if x.split != "test"] + load_corpus(shared=cfg.shared, splits=("test",))
    else:
        _fail_on_problems(corpus_files(), cfg.shared, user=False)
        examples = load_corpus(shared=cfg.shared)
    rng = random.Random(cfg.seed)
    train = [x for x in examples if x.split == "train"]
    dev = [x for x in examples if x.split == "dev"]
    test = [x for x in examples if x.split == "test"]
    if not train:
        raise ValueError("no training rows (split 'train') in the data")
    train = oversample_real(train, getattr(cfg, "real_weight", 1))
    train = train + swap_targets(train, cfg.target_swap, rng)
    train = [drop_context(x, rng, cfg.context_dropout) for x in train]
    transfer = _transfer(cfg) if cfg.transfer else []
    return DataBundle(train, dev, test, transfer, _calibration_rows(cfg))


CALIBRATE_ON = ("dev", "corpus-dev")


def _calibration_rows(cfg: Any) -> list[Example]:
    """The statements the quote-level temperatures are fitted on: the run's own dev split (``dev``, returned as
    an empty list), or the project corpus's dev split (``corpus-dev``), whose labels are each statement's own; a
    second stage trained on weak labels (every quote given its speaker's label) calibrates there, so that a quote's
    ``confidence`` means what it says."""
    where = getattr(cfg, "calibrate_on", "dev")
    if where not in CALIBRATE_ON:
        raise ValueError(f"calibrate_on={where!r}: expected one of {', '.join(CALIBRATE_ON)}")
    return load_corpus(shared=cfg.shared, splits=("dev",)) if where == "corpus-dev" else []


def oversample_real(train: list[Example], weight: int) -> list[Example]:
    """Repeat the real (news) rows ``weight`` times in all; each copy is augmented on its own afterwards."""
    if weight < 1:
        raise ValueError(f"real_weight={weight} must be at least 1")
    return train + [x for x in train if x.origin == "real"] * (weight - 1)


def _transfer(cfg: Any) -> list[Example]:
    from .transfer import load_transfer

    root = shared_data_dir(cfg.shared)
    if root is None:
        raise ValueError("transfer sets need ../shared/data (or --shared PATH)")
    out = []
    for name in cfg.transfer:
        out += [replace(x, split="train") for x in load_transfer(name, root, limit=cfg.transfer_limit, seed=cfg.seed)]
    return out
