"""Model inputs, shared by inference and training (STYLE.md 12).

One statement becomes a text pair::

    [CLS] target [SEP] speaker : left-context « statement » right-context [SEP]

The pieces are tokenised separately in one batched call, then assembled under a token budget that
always keeps the statement whole when it fits and otherwise truncates the statement around its middle
(flagged). Context is trimmed from its far ends, never by cutting the statement (issue 5).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")  # lone surrogates crash the fast tokenizer (issue 7)
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
_CONTROL[0x7F] = None

OPEN_MARK = "«"
CLOSE_MARK = "»"
MAX_TARGET_TOKENS = 32
MAX_SPEAKER_TOKENS = 16


def normalize(text: str | None) -> str:
    """Canonical text for the model: NFKC, no control characters, single spaces. Offsets are not kept."""
    if not text:
        return ""
    text = _SURROGATE.sub("", unicodedata.normalize("NFKC", text).translate(_CONTROL))
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class ModelInput:
    """One statement, normalised, ready to tokenise."""

    target: str
    text: str
    left: str = ""
    right: str = ""
    speaker: str = ""


@dataclass(frozen=True)
class Encoded:
    input_ids: list[int]
    token_type_ids: list[int]
    truncated: bool


def make_input(target: str, text: str, context: str | None = None, speaker: str | None = None) -> ModelInput:
    """Split ``context`` around ``text`` and normalise every piece."""
    text_n = normalize(text)
    ctx = normalize(context)
    left = right = ""
    if ctx:
        pos = ctx.find(text_n) if text_n else -1
        if pos >= 0:
            left, right = ctx[:pos], ctx[pos + len(text_n):]
        elif ctx != text_n:
            left = ctx  # statement not inside its context: context first, statement after it
    return ModelInput(normalize(target), text_n, left.strip(), right.strip(), normalize(speaker))


def _middle_cut(ids: list[int], budget: int) -> list[int]:
    if len(ids) <= budget:
        return ids
    head = (budget + 1) // 2
    return ids[:head] + ids[len(ids) - (budget - head):] if budget - head > 0 else ids[:head]


def _split_budget(n_left: int, n_right: int, room: int) -> tuple[int, int]:
    """Share ``room`` tokens between left and right context, nearest the statement first."""
    take_left = min(n_left, room // 2)
    take_right = min(n_right, room - take_left)
    take_left = min(n_left, room - take_right)
    return take_left, take_right


def _word_start(starts: Sequence[int] | None, cut: int, n: int) -> int:
    """The first word boundary at or after token ``cut`` (``n`` when none), so that trimmed left context
    never begins in the middle of a word; ``starts`` None (a slow tokenizer) keeps ``cut``."""
    if starts is None or cut <= 0:
        return cut
    i = bisect_left(starts, cut)
    return starts[i] if i < len(starts) else n


def _assemble(pieces: dict[str, list[int]], tok: _Specials, max_length: int,
              left_starts: Sequence[int] | None = None) -> Encoded:
    target = pieces["target"][:MAX_TARGET_TOKENS]
    speaker = pieces["speaker"][:MAX_SPEAKER_TOKENS]
    speaker = speaker + [tok.colon] if speaker else []
    room = max_length - 3 - len(target) - len(speaker) - 2
    stmt = _middle_cut(pieces["text"], max(room, 1))
    truncated = len(stmt) < len(pieces["text"])
    n_left, n_right = _split_budget(len(pieces["left"]), len(pieces["right"]), max(room - len(stmt), 0))
    n_all = len(pieces["left"])
    left = pieces["left"][_word_start(left_starts, n_all - n_left, n_all):] if n_left else []
    right = pieces["right"][:n_right]
    first = [tok.cls] + target + [tok.sep]
    second = speaker + left + [tok.open] + stmt + [tok.close] + right + [tok.sep]
    return Encoded(first + second, [0] * len(first) + [1] * len(second), truncated)


@dataclass(frozen=True)
class _Specials:
    cls: int
    sep: int
    colon: int
    open: int
    close: int


def _specials(tokenizer) -> _Specials:
    def one(token: str) -> int:
        ids = tokenizer(token, add_special_tokens=False)["input_ids"]
        return ids[0] if ids else tokenizer.unk_token_id

    return _Specials(tokenizer.cls_token_id, tokenizer.sep_token_id, one(":"), one(OPEN_MARK), one(CLOSE_MARK))


def encode(tokenizer, inputs: Sequence[ModelInput], max_length: int) -> list[Encoded]:
    """Tokenise all pieces of all inputs in one batched call each, then assemble per statement."""
    if not inputs:
        return []
    fields = ("target", "text", "left", "right", "speaker")
    batches = {f: tokenizer([getattr(x, f) for x in inputs], add_special_tokens=False) for f in fields}
    tokenized = {f: b["input_ids"] for f, b in batches.items()}
    starts = _word_starts(batches["left"], len(inputs))
    tok = _specials(tokenizer)
    return [
        _assemble({f: tokenized[f][i] for f in fields}, tok, max_length, starts[i]) for i in range(len(inputs))
    ]


def _word_starts(batch, n: int) -> list[list[int] | None]:
    """Token indices where a new word begins, per input (None each when the tokenizer is not a fast one)."""
    if not getattr(batch, "is_fast", False):
        return [None] * n
    out = []
    for i in range(n):
        words = batch.word_ids(i)
        out.append([j for j, w in enumerate(words) if w is not None and (j == 0 or words[j - 1] != w)])
    return out
