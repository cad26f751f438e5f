"""What the public API accepts, checked at the door: statements, speakers' quote lists, targets and the
texts they pair with. Each check names the bad argument and its index, so an error points at the caller's
input rather than at a tensor deep inside the model (STYLE.md 13)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .errors import check_target, check_text, short_repr
from .types import Statement

StatementLike = str | Statement | dict


def as_list(items: Any, name: str) -> list[Any]:
    if isinstance(items, (str, bytes, bytearray, Mapping)) or not isinstance(items, Iterable):
        raise TypeError(f"{name} is {type(items).__name__}; expected a list (one item per speaker)")
    return list(items)


def as_quote_texts(quotes: Any, i: int) -> list[str]:
    """One speaker's quotes for the joined pass: a non-empty list of str or Statement (its text is used)."""
    if isinstance(quotes, (str, bytes, bytearray)) or not isinstance(quotes, Iterable):
        raise TypeError(f"speakers[{i}] is {type(quotes).__name__}; expected a list of that speaker's quotes")
    texts = [q.text if isinstance(q, Statement) else q for q in quotes]
    bad = [j for j, t in enumerate(texts) if not isinstance(t, str) or not t.strip()]
    if not texts or bad:
        raise ValueError(f"speakers[{i}] needs at least one non-empty quote string"
                         + (f" (item {bad[0]} is {short_repr(texts[bad[0]])})" if bad else ""))
    return texts


def as_statements(statements: Any) -> list[Statement]:
    if isinstance(statements, (str, bytes, bytearray, Statement, Mapping)):
        raise TypeError(
            f"statements is a single {type(statements).__name__}; pass a list, e.g. classify([statement])"
        )
    if not isinstance(statements, Iterable):
        raise TypeError(f"statements is {type(statements).__name__}; expected a list of str or Statement")
    return [_as_statement(s, i) for i, s in enumerate(statements)]


def _as_statement(s: Any, i: int) -> Statement:
    if isinstance(s, str):
        return Statement(s)
    if isinstance(s, dict):
        if "text" not in s:
            raise ValueError(f"statements[{i}] is a dict without a 'text' key: {short_repr(s)}")
        unknown = set(s) - {"text", "context", "speaker"}
        if unknown:
            raise ValueError(f"statements[{i}] has unknown keys {sorted(unknown)}; allowed: text, context, speaker")
        s = Statement(s["text"], s.get("context"), s.get("speaker"))
    if not isinstance(s, Statement):
        check_text(s, "statements", i)
    check_text(s.text, "statements", i)
    for part in ("context", "speaker"):  # issue 7: name the field, not a TypeError from deep in normalize()
        value = getattr(s, part)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"statements[{i}].{part} is {type(value).__name__} ({short_repr(value)}); "
                            "expected str or None")
    return s


def _check_target_list(target: Any) -> None:
    if isinstance(target, (bytes, bytearray, Mapping)) or not isinstance(target, Iterable):
        raise TypeError(f"target is {type(target).__name__} ({short_repr(target)}); "
                        "expected str, None, or a list with one str (or None) per text")


def targets_for(n: int, target: Any) -> list[str | None]:
    if target is None or isinstance(target, str):
        return [check_target(target)] * n
    _check_target_list(target)
    targets = list(target)
    if len(targets) != n:
        raise ValueError(f"got {n} statements but {len(targets)} targets; pass one target or one per statement")
    return [check_target(t, "target", i) for i, t in enumerate(targets)]


def pair_targets(texts: Iterable[Any], target: Any) -> Iterator[tuple[Any, Any]]:
    if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
        raise TypeError(f"texts is {type(texts).__name__}; expected an iterable of str (use predict() for one text)")
    if isinstance(texts, Mapping):  # iterating a dict gives its keys: almost never what was meant
        raise TypeError(f"texts is {type(texts).__name__}; expected an iterable of str, e.g. list(texts.values())")
    if target is None or isinstance(target, str):
        return ((t, target) for t in texts)
    _check_target_list(target)
    if isinstance(texts, Sequence) and isinstance(target, Sequence) and len(texts) != len(target):
        raise ValueError(f"got {len(texts)} texts but {len(target)} targets; pass one target or one per text")
    return _strict_zip(texts, target)


def _strict_zip(texts: Iterable[Any], targets: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
    sentinel = object()
    for n, (t, g) in enumerate(itertools.zip_longest(texts, targets, fillvalue=sentinel)):
        if t is sentinel or g is sentinel:
            raise ValueError(f"texts and targets differ in length (they diverge at index {n})")
        yield t, g
