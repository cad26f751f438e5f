"""The target an article's speakers are judged against when the caller names none.

A fixed generic target ("the talks or negotiations discussed in the text") leaves the model unsure what the
talks are, and it answers neutral: on the 1,430 held-out gold speakers (``benchmarks/speaker_stance.py``'s
untouched sets) it read stance macro-F1 0.610 against 0.724 with each article's own target. Naming the talks
through the article's headline reads 0.706 (pre-registered rule and record:
``benchmarks/results/default-target-*``). :meth:`stance.Predictor.classify` has no article and keeps the
model's default target.
"""

from __future__ import annotations

HEADLINE_PREFIX = "the talks or negotiations in: "
MAX_WORDS = 25


def article_target(text: str) -> str | None:
    """``"the talks or negotiations in: "`` + the article's headline: its first non-empty line when that reads
    as one (at most :data:`MAX_WORDS` words, not ending in ``.``, ``!`` or ``?``), else its first
    :data:`MAX_WORDS` words. None for a text without words.

    >>> article_target("Sudan, South Sudan agree to direct talks on Abyei\\n\\nKHARTOUM (Reuters) - ...")
    'the talks or negotiations in: Sudan, South Sudan agree to direct talks on Abyei'
    """
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        return None
    words = first.split()
    if len(words) > MAX_WORDS or first.endswith((".", "!", "?")):
        words = text.split()
    return HEADLINE_PREFIX + " ".join(words[:MAX_WORDS])
