"""Training-time augmentation.

* Target swap: a statement paired with a target it says nothing about is ``neutral`` toward it
  (LABELS.md: neutral "says nothing about the talks"). This teaches the model to read the target;
  the ablation in the model card checks it.
* Context dropout: some statements lose their context and speaker, so bare statements work too (issue 5).
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from stance.types import DEFAULT_TARGET

from .corpus import Example

UNRELATED_TARGETS = (
    "a ban on plastic bags",
    "the city's new parking rules",
    "a proposed tax on sugary drinks",
    "the renovation of the national football stadium",
    "daylight saving time",
    "a four-day school week",
    "the merger of two regional bus companies",
    "a new smartphone launch",
    "the national museum's opening hours",
    "raising the speed limit on motorways",
    "a referendum on the voting age",
    "the price of coffee",
    "a plan to reintroduce wolves to the Alps",
    "the Olympic bid of the capital",
    "a law on e-scooter helmets",
    "the central bank's interest rate decision",
    "a vaccine campaign for seasonal flu",
    "the construction of a high-speed rail line",
    "a music festival's line-up",
    "the minimum wage for apprentices",
    "rules for drone deliveries",
    "the film awards season",
    "a housing development on the waterfront",
    "the launch of a weather satellite",
)

_STOP = set("the a an of and or to in on for with between over about its their talks talk negotiations "
            "negotiation dialogue deal agreement process round discussions summit treaty".split())
_WORD = re.compile(r"[a-z]+")


def _content(target: str) -> set[str]:
    return {w for w in _WORD.findall(target.lower()) if w not in _STOP and len(w) > 2}


def swap_targets(examples: list[Example], fraction: float, rng: random.Random) -> list[Example]:
    """Copies of a ``fraction`` of examples with an unrelated target and stance ``neutral``.

    Half the new targets are off-topic subjects; half are other negotiations of the corpus that share
    no content word with the original target. Examples with the default target are not swapped.
    """
    corpus_targets = sorted({e.target for e in examples if e.target != DEFAULT_TARGET})
    pool = [e for e in examples if e.target != DEFAULT_TARGET and e.stance is not None]
    out = []
    for ex in rng.sample(pool, int(len(pool) * fraction)):
        new = _pick_target(ex.target, corpus_targets, rng)
        if new:
            out.append(replace(ex, id=ex.id + "~swap", target=new, stance="neutral", hard_case="target_swap"))
    return out


def _pick_target(original: str, corpus_targets: list[str], rng: random.Random) -> str | None:
    if rng.random() < 0.5 or not corpus_targets:
        return rng.choice(UNRELATED_TARGETS)
    words = _content(original)
    for _ in range(20):
        cand = rng.choice(corpus_targets)
        if not (_content(cand) & words):
            return cand
    return None


def drop_context(ex: Example, rng: random.Random, p: float) -> Example:
    """With probability ``p``, the bare statement: no context, no speaker."""
    if p > 0 and rng.random() < p:
        return replace(ex, context="", speaker="")
    return ex
