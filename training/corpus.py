"""The project corpus: JSON Lines statements, written ones inline and real ones by reference.

Real statements from ``../shared/data`` are stored as references (dataset, file, line or offsets)
and resolved here; their sentences never enter the repository. Without the data directory, real
records are skipped with a warning and training still works.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from stance.types import DEFAULT_TARGET, SENTIMENT_LABELS, STANCE_LABELS

DATA_DIR = Path(__file__).resolve().parent / "data"
REQUIRED = ("id", "target", "stance", "sentiment", "kind", "origin", "split")
KINDS = ("direct", "indirect")
SPLITS = ("train", "dev", "test")
OPTIONAL = ("text", "context", "speaker", "note", "hard_case", "rewritten")
DATASETS = ("polnear", "newsmtsc", "directed_sentiment_news")


@dataclass(frozen=True)
class Example:
    """One labelled statement, resolved to text."""

    id: str
    text: str
    target: str
    stance: str | None
    sentiment: str | None
    context: str = ""
    speaker: str = ""
    kind: str = "direct"
    split: str = "train"
    origin: str = "written"
    source: str = ""
    hard_case: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


def shared_data_dir(path: str | os.PathLike[str] | None = None) -> Path | None:
    """``path``, else ``$STANCE_SHARED_DATA``, else ``../shared/data`` beside the checkout, if it exists."""
    candidates = [path, os.environ.get("STANCE_SHARED_DATA"), DATA_DIR.parents[2] / "shared" / "data"]
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    return None


def corpus_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """All corpus files: ``written/*.jsonl`` and ``real_*.jsonl``."""
    return sorted(data_dir.glob("written/*.jsonl")) + sorted(data_dir.glob("real_*.jsonl"))


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, record or None, error or None) for every non-blank line."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"invalid JSON ({exc.msg} at column {exc.colno})"
                continue
            if not isinstance(rec, dict):
                yield n, None, f"expected a JSON object, got {type(rec).__name__}"
                continue
            yield n, rec, None


# -- resolving references -------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _file_text(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def _file_lines(path: str) -> tuple[str, ...]:
    return tuple(Path(path).read_text(encoding="utf-8").split("\n"))


def _span(text: str, start: Any, end: Any, what: str) -> str:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError(f"{what} offsets [{start}:{end}] out of range (length {len(text)})")
    return text[start:end]


def _resolve_polnear(o: dict[str, Any], root: Path) -> tuple[str, str, str]:
    doc = _file_text(str(root / "polnear" / o["file"]))
    text = _span(doc, o["start"], o["end"], "statement")
    ctx = _span(doc, o["context_start"], o["context_end"], "context") if "context_start" in o else ""
    spk = _span(doc, o["speaker_start"], o["speaker_end"], "speaker") if "speaker_start" in o else ""
    return text, ctx, spk


def _resolve_newsmtsc(o: dict[str, Any], root: Path) -> tuple[str, str, str]:
    line = _file_lines(str(root / "newsmtsc" / o["file"]))[o["line"]]
    rec = json.loads(line)
    if "id" in o and rec.get("primary_gid") != o["id"]:
        raise ValueError(f"line {o['line']} holds {rec.get('primary_gid')!r}, not {o['id']!r}")
    sent = rec["sentence_normalized"]
    return _span(sent, o["start"], o["end"], "statement"), sent, ""


def _resolve_directed(o: dict[str, Any], root: Path) -> tuple[str, str, str]:
    line = _file_lines(str(root / "directed_sentiment_news" / o["file"]))[o["line"]]
    sent = line.split("\t")[0]
    text = _span(sent, o["start"], o["end"], "statement")
    strip = str.maketrans("", "", "[]")
    return text.translate(strip), sent.translate(strip), ""


_RESOLVERS = {"polnear": _resolve_polnear, "newsmtsc": _resolve_newsmtsc,
              "directed_sentiment_news": _resolve_directed}


def resolve_origin(origin: Any, root: Path) -> tuple[str, str, str]:
    """(text, context, speaker mention) of a real record's reference."""
    if not isinstance(origin, dict) or origin.get("dataset") not in _RESOLVERS:
        raise ValueError(f"origin must be 'written' or a reference with dataset in {list(DATASETS)}")
    try:
        return _RESOLVERS[origin["dataset"]](origin, root)
    except (KeyError, IndexError, OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"reference {origin} does not resolve ({type(exc).__name__}: {exc})") from exc


def origin_key(origin: Any) -> str:
    if origin == "written" or not isinstance(origin, dict):
        return "written"
    return f"{origin.get('dataset')}:{origin.get('file')}"


def to_example(rec: dict[str, Any], root: Path | None) -> Example | None:
    """Turn a validated record into an :class:`Example`; None when its reference cannot be resolved."""
    origin = rec["origin"]
    if origin == "written":
        text, ctx, spk = rec["text"], rec.get("context") or "", rec.get("speaker") or ""
    else:
        if root is None:
            return None
        text, ctx, mention = resolve_origin(origin, root)
        spk = rec.get("speaker") or mention
    return Example(
        id=rec["id"], text=text, target=rec.get("target") or DEFAULT_TARGET, stance=rec["stance"],
        sentiment=rec["sentiment"], context=ctx, speaker=spk, kind=rec.get("kind", "direct"),
        split=rec["split"], origin="written" if origin == "written" else "real",
        source=origin_key(origin), hard_case=rec.get("hard_case") or "",
    )


def load_corpus(files: list[Path] | None = None, shared: str | os.PathLike[str] | None = None,
                splits: tuple[str, ...] = SPLITS) -> list[Example]:
    """Load and resolve the corpus. Real records are skipped (with a warning) when the data is absent."""
    root = shared_data_dir(shared)
    out, skipped = [], 0
    for path in files or corpus_files():
        for _, rec, err in read_jsonl(path):
            if err or rec is None or rec.get("split") not in splits:
                continue
            ex = to_example(rec, root)
            if ex is None:
                skipped += 1
            else:
                out.append(ex)
    if skipped:
        warnings.warn(f"{skipped} real statements skipped: ../shared/data not found "
                      "(set STANCE_SHARED_DATA to resolve them)", UserWarning, stacklevel=2)
    return out


LABEL_SETS = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS, "kind": KINDS, "split": SPLITS}
