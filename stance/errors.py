"""Errors and input validation at the API boundary (STYLE.md 13): name the argument, the index, the type."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

MAX_TARGET_CHARS = 300


class ModelLoadError(RuntimeError):
    """A model directory is missing, incomplete or incompatible. The message names the path and the problem."""


class StatementError(ValueError):
    """A statement given to classify() cannot be used."""


def short_repr(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def check_text(value: Any, name: str = "text", index: int | None = None) -> str:
    """Return ``value`` if it is a ``str``; else raise TypeError naming the argument, index and type."""
    if isinstance(value, str):
        return value
    where = name if index is None else f"{name}[{index}]"
    hint = ""
    if isinstance(value, (bytes, bytearray)):
        hint = "; decode it first, e.g. data.decode('utf-8')"
    elif index is None and isinstance(value, (list, tuple)):
        hint = "; for several articles use stance.predict_many(texts)"
    raise TypeError(f"{where} is {type(value).__name__} ({short_repr(value)}); expected str{hint}")


def check_target(target: Any, name: str = "target", index: int | None = None) -> str | None:
    """Validate a target: None (default target) or a non-empty string; very long targets are truncated."""
    if target is None:
        return None
    where = name if index is None else f"{name}[{index}]"
    if not isinstance(target, str):
        raise TypeError(f"{where} is {type(target).__name__} ({short_repr(target)}); expected str or None")
    if not target.strip():
        raise ValueError(f"{where} is empty or whitespace; pass None for the default target")
    target = " ".join(target.split())
    if len(target) > MAX_TARGET_CHARS:
        warnings.warn(
            f"{where} is {len(target)} characters long; truncated to {MAX_TARGET_CHARS}",
            UserWarning,
            stacklevel=3,
        )
        target = target[:MAX_TARGET_CHARS]
    return target


def check_kwargs(kwargs: dict[str, Any], func: str) -> None:
    """Reject unknown keyword arguments (STYLE.md 13)."""
    if kwargs:
        raise TypeError(f"{func}() got unexpected keyword argument(s): {sorted(kwargs)}")


def check_choice(value: Any, name: str, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    if value not in choices:
        raise ValueError(f"{name}={value!r} is not valid. Available: {list(choices)}")
    return value


def check_positive_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name}={value!r} must be a positive int")
    return value
