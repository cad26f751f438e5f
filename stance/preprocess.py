"""Model inputs, shared by inference and training (STYLE.md 12).

One statement becomes a text pair::

    [CLS] target [SEP] speaker : left-context « statement » right-context [SEP]

The pieces are tokenised separately in one batched call, then assembled under a token budget that
always keeps the statement whole when it fits and otherwise truncates the statement around its middle
(flagged). Context is trimmed from its far ends, never by cutting the statement (issue 5).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from stance.quotes import strip_markup

_SURROGATE = re.compile("[\ud800-\udfff]")  # lone surrogates crash the fast tokenizer (issue 7)
_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
_CONTROL[0x7F] = None

OPEN_MARK = "«"
CLOSE_MARK = "»"
MAX_TARGET_TOKENS = 32
MAX_SPEAKER_TOKENS = 16


def normalize(text: str | None) -> str:
    """Canonical text for the model: HTML tags and character references gone, NFKC, no control characters,
    single spaces. Offsets are not kept."""
    if not text:
        return ""
    if "<" in text or "&" in text:  # scraped pages: "<em>a trap</em>", "don&rsquo;t"
        text = strip_markup(text)
    if not text.isascii():  # ASCII is already NFKC and holds no surrogates
        text = _SURROGATE.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.translate(_CONTROL).split())  # str.split() splits on exactly what \s matches


@functools.lru_cache(maxsize=4096)
def _normalize_short(text: str | None) -> str:
    """:func:`normalize` for the strings that repeat across a call's statements (target, speaker)."""
    return normalize(text)


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
    return ModelInput(_normalize_short(target), text_n, left.strip(), right.strip(), _normalize_short(speaker))


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


def _word_start(words: Sequence[int | None] | None, cut: int, n: int) -> int:
    """The first word boundary at or after token ``cut`` (``n`` when none), so that trimmed left context
    never begins in the middle of a word; ``words`` (word id per token) None, from a slow tokenizer, keeps
    ``cut``."""
    if words is None or cut <= 0:
        return cut
    starts = _starts(words)
    i = bisect_left(starts, cut)
    return starts[i] if i < len(starts) else n


def _assemble(pieces: dict[str, list[int]], tok: _Specials, max_length: int,
              left_encoding: Any = None) -> Encoded:
    target = pieces["target"][:MAX_TARGET_TOKENS]
    speaker = pieces["speaker"][:MAX_SPEAKER_TOKENS]
    speaker = speaker + [tok.colon] if speaker else []
    room = max_length - 3 - len(target) - len(speaker) - 2
    stmt = _middle_cut(pieces["text"], max(room, 1))
    truncated = len(stmt) < len(pieces["text"])
    n_left, n_right = _split_budget(len(pieces["left"]), len(pieces["right"]), max(room - len(stmt), 0))
    n_all = len(pieces["left"])
    cut = n_all - n_left
    if n_left and cut > 0 and left_encoding is not None:  # word ids are read only where context is trimmed
        cut = _word_start(left_encoding.word_ids, cut, n_all)
    left = pieces["left"][cut:] if n_left else []
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


FIELDS = ("target", "text", "left", "right", "speaker")


def encode(tokenizer, inputs: Sequence[ModelInput], max_length: int) -> list[Encoded]:
    """Tokenise every distinct piece of all inputs once, in one batched call, then assemble per statement.

    The target, the speakers and the empty contexts repeat across a call's statements, so each distinct
    string is tokenised once; on a GPU this CPU work, not the network, bounds statements per second.
    """
    if not inputs:
        return []
    pieces = _tokenize_pieces(tokenizer, {getattr(x, f) for x in inputs for f in FIELDS})
    tok = _specials(tokenizer)
    out = []
    for x in inputs:
        out.append(_assemble({f: pieces[getattr(x, f)][0] for f in FIELDS}, tok, max_length, pieces[x.left][1]))
    return out


def _tokenize_pieces(tokenizer, strings: set[str]) -> dict[str, tuple[list[int], Any]]:
    """``{string: (token ids without special tokens, its ``tokenizers.Encoding`` or None)}`` for each string.

    A fast tokenizer is called through its backend (``tokenizers``), which skips the per-text Python
    conversion of ``tokenizer(...)``; the ids are the same. A slow tokenizer goes through ``tokenizer(...)``
    and gives no encoding (trimmed left context then keeps its token cut)."""
    texts = sorted(strings)
    backend = getattr(tokenizer, "backend_tokenizer", None) if getattr(tokenizer, "is_fast", False) else None
    if backend is not None and backend.truncation is None and backend.padding is None:
        encodings = backend.encode_batch(texts, add_special_tokens=False)
        return {t: (e.ids, e) for t, e in zip(texts, encodings)}
    ids = tokenizer(texts, add_special_tokens=False)["input_ids"] if texts else []
    return {t: (i, None) for t, i in zip(texts, ids)}


def _starts(words: Sequence[int | None]) -> list[int]:
    """Token indices where a new word begins."""
    return [j for j, w in enumerate(words) if w is not None and (j == 0 or words[j - 1] != w)]
