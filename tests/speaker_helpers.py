"""Helpers of the speaker-rule tests: the speakers and the quotes per speaker an extractor returns."""

from __future__ import annotations


def speakers(ex, text: str) -> list[str]:
    """Canonical names of the quoted speakers, in order of first quote."""
    return [name for name, _, _ in ex.group(ex.extract(text))]


def groups(ex, text: str) -> dict[str, list[str]]:
    """Quoted speaker -> the texts of their quotes."""
    return {name: [q.text for q in qs] for name, _, qs in ex.group(ex.extract(text))}
