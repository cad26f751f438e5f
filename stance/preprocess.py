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


def _assemble(pieces: dict[str, list[int]], tok: _Specials, max_length: int) -> Encoded:
    target = pieces["target"][:MAX_TARGET_TOKENS]
    speaker = pieces["speaker"][:MAX_SPEAKER_TOKENS]
    speaker = speaker + [tok.colon] if speaker else []
    room = max_length - 3 - len(target) - len(speaker) - 2
    stmt = _middle_cut(pieces["text"], max(room, 1))
    truncated = len(stmt) < len(pieces["text"])
    n_left, n_right = _split_budget(len(pieces["left"]), len(pieces["right"]), max(room - len(stmt), 0))
    left = pieces["left"][len(pieces["left"]) - n_left:] if n_left else []
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
    tokenized = {
        f: tokenizer([getattr(x, f) for x in inputs], add_special_tokens=False)["input_ids"] for f in fields
    }
    tok = _specials(tokenizer)
    return [
        _assemble({f: tokenized[f][i] for f in fields}, tok, max_length) for i in range(len(inputs))
    ]
