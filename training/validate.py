"""Validator for the corpus and for users' training files: every problem, with file:line.

    python -m training.validate                 # the committed corpus (resolves real refs if ../shared is there)
    python -m training.validate my_data.jsonl   # a user's file (JSONL or CSV)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import LABEL_SETS, REQUIRED, corpus_files, read_jsonl, resolve_origin, shared_data_dir

_WORD = re.compile(r"[a-z0-9]+")
NEAR_DUP_JACCARD = 0.8


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    records: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)

    def add(self, path: Path, line: int, msg: str) -> None:
        self.problems.append(f"{path}:{line}: {msg}")


def check_record(rec: dict[str, Any], root: Path | None, user: bool = False) -> list[str]:
    """Problems of one record (empty list when it is valid)."""
    required = ("text",) if user else REQUIRED
    errs = [f"missing field {k!r}" for k in required if k not in rec or rec[k] in (None, "")]
    if user and not (rec.get("stance") or rec.get("sentiment")):
        errs.append("needs at least one of 'stance' or 'sentiment'")
    for key, allowed in LABEL_SETS.items():
        val = rec.get(key)
        if val not in (None, "") and val not in allowed:
            errs.append(f"{key}={val!r} is not one of {list(allowed)}")
    for key in ("text", "context", "speaker", "target"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            errs.append(f"{key} must be a string, got {type(rec[key]).__name__}")
    if errs or user:
        return errs
    return errs + _check_origin(rec, root)


def _check_origin(rec: dict[str, Any], root: Path | None) -> list[str]:
    origin = rec["origin"]
    if origin == "written":
        errs = [] if rec.get("text") else ["written record without text"]
        ctx = rec.get("context") or ""
        if ctx and rec.get("text") and rec["text"] not in ctx:
            errs.append("text is not a substring of context")
        if rec.get("split") == "test":
            errs.append("split 'test' is for real statements only")
        return errs
    if "text" in rec or "context" in rec:
        return ["a real record must not copy text or context into the repository (references only)"]
    if root is None:
        return []
    try:
        resolve_origin(origin, root)
    except ValueError as exc:
        return [str(exc)]
    return []


def read_user_file(path: Path) -> list[tuple[int, dict[str, Any] | None, str | None]]:
    """Rows of a user's JSONL or CSV file as (line, record, error)."""
    if path.suffix.lower() == ".csv":
        with open(path, encoding="utf-8", newline="") as fh:
            return [(n + 2, dict(row), None) for n, row in enumerate(csv.DictReader(fh))]
    return list(read_jsonl(path))


def validate_files(paths: list[Path], shared: str | None = None, user: bool = False) -> Report:
    """Check every record of every file; collect all problems."""
    root = shared_data_dir(shared)
    rep = Report()
    seen: dict[str, str] = {}
    for path in paths:
        if not path.is_file():
            rep.problems.append(f"{path}: file not found")
            continue
        try:
            rows = read_user_file(path) if user else list(read_jsonl(path))
        except UnicodeDecodeError:  # issue 7: every bad line with file:line, not a crash
            _report_bad_encoding(rep, path)
            continue
        if not rows:
            rep.problems.append(f"{path}: file is empty")
        for line, rec, err in rows:
            _check_row(rep, path, line, rec, err, root, user, seen)
    return rep


def _check_row(rep: Report, path: Path, line: int, rec: dict[str, Any] | None, err: str | None,
               root: Path | None, user: bool, seen: dict[str, str]) -> None:
    if err or rec is None:
        rep.add(path, line, err or "empty record")
        return
    for msg in check_record(rec, root, user):
        rep.add(path, line, msg)
    rid = rec.get("id")
    if rid not in (None, ""):
        if isinstance(rid, bool) or not isinstance(rid, (str, int)):
            rep.add(path, line, f"id must be a string or an integer, got {type(rid).__name__}")
        elif str(rid) in seen:
            rep.add(path, line, f"duplicate id {rid!r} (first at {seen[str(rid)]})")
        else:
            seen[str(rid)] = f"{path}:{line}"
    rep.records.append((str(path), line, rec))


def _report_bad_encoding(rep: Report, path: Path) -> None:
    """A file that is not UTF-8: report each line that does not decode (its records are not checked)."""
    for n, raw in enumerate(path.read_bytes().split(b"\n"), 1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            rep.add(path, n, f"not valid UTF-8 ({exc.reason} at column {exc.start + 1}); save the file as UTF-8")


def _shingles(text: str) -> frozenset[str]:
    words = _WORD.findall(text.lower())
    return frozenset(" ".join(words[i:i + 3]) for i in range(max(len(words) - 2, 1)))


MIN_WORDS = 4  # shorter statements ("the deal") recur legitimately in unrelated contexts


def near_duplicates(items: list[tuple[str, str, str]]) -> list[tuple[str, str, float]]:
    """Pairs (id, id, jaccard) of texts of >= MIN_WORDS words in *different* splits that are exact or
    near duplicates (word 3-gram Jaccard >= NEAR_DUP_JACCARD)."""
    items = [x for x in items if len(_WORD.findall(x[1].lower())) >= MIN_WORDS]
    sh = [(_shingles(t), i, s) for i, t, s in items]
    index: dict[str, list[int]] = defaultdict(list)
    for k, (shs, _, _) in enumerate(sh):
        for g in shs:
            index[g].append(k)
    pairs = []
    for k, (shs, rid, split) in enumerate(sh):
        cands = Counter(j for g in shs for j in index[g] if j > k and sh[j][2] != split)
        for j, common in cands.items():
            jac = common / len(shs | sh[j][0])
            if jac >= NEAR_DUP_JACCARD:
                pairs.append((rid, sh[j][1], round(jac, 3)))
    return pairs


def summarize(rep: Report) -> str:
    """Counts by origin x split, and label balance per split."""
    recs = [r for _, _, r in rep.records]
    lines = [f"{len(recs)} records"]
    by = Counter(("written" if r.get("origin") == "written" else "real", r.get("split")) for r in recs)
    lines.append("origin x split: " + ", ".join(f"{o}/{s}={n}" for (o, s), n in sorted(by.items(), key=str)))
    for head in ("stance", "sentiment"):
        for split in ("train", "dev", "test"):
            c = Counter(r.get(head) for r in recs if r.get("split") == split)
            if c:
                tot = sum(c.values())
                lines.append(f"{head:9s} {split:5s}: " + ", ".join(f"{k}={v} ({v / tot:.0%})" for k, v in sorted(c.items(), key=str)))
    hard = Counter(r.get("hard_case") for r in recs if r.get("hard_case"))
    lines.append(f"hard cases: {sum(hard.values())} ({sum(hard.values()) / max(len(recs), 1):.0%}) " + str(dict(hard)))
    return "\n".join(lines)


def check_corpus(shared: str | None = None) -> Report:
    """Validate the committed corpus, including cross-split duplicates and balance."""
    rep = validate_files(corpus_files(), shared)
    root = shared_data_dir(shared)
    items = []
    for _, _, r in rep.records:
        text = r.get("text")
        if text is None and root is not None and isinstance(r.get("origin"), dict):
            try:
                text = resolve_origin(r["origin"], root)[0]
            except ValueError:
                continue
        if text:
            items.append((str(r.get("id")), text, str(r.get("split"))))
    for a, b, jac in near_duplicates(items):
        rep.problems.append(f"near-duplicate across splits: {a} ~ {b} (jaccard {jac})")
    _check_balance(rep)
    return rep


def _check_balance(rep: Report) -> None:
    for head in ("stance", "sentiment"):
        c = Counter(r.get(head) for _, _, r in rep.records if r.get("split") == "train")
        tot = sum(c.values())
        for label in LABEL_SETS[head]:
            if tot and c[label] / tot < 0.15:
                rep.warnings.append(f"train {head} label {label!r} is only {c[label] / tot:.0%} of rows")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.validate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="user files (JSONL/CSV); default: the project corpus")
    ap.add_argument("--shared", help="path to the shared data directory (default ../shared/data)")
    args = ap.parse_args(argv)
    rep = validate_files(args.files, args.shared, user=True) if args.files else check_corpus(args.shared)
    print(summarize(rep))
    for w in rep.warnings:
        print("warning:", w)
    for p in rep.problems:
        print("error:", p, file=sys.stderr)
    print(f"{len(rep.problems)} problem(s)")
    return 1 if rep.problems else 0


if __name__ == "__main__":
    sys.exit(main())
