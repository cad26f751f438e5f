"""The target an article's speakers are judged against when the caller names none.

A fixed generic target ("the talks or negotiations discussed in the text") leaves the model unsure what the
talks are, and it answers neutral: on the 1,430 held-out gold speakers (``benchmarks/speaker_stance.py``'s
untouched sets) it read stance macro-F1 0.610 against 0.724 with each article's own target. Naming the talks
through the article's headline reads 0.706 (pre-registered rule and record:
``benchmarks/results/default-target-*``). An article pasted without its headline falls back to the first 15
words of its lede, wire dateline removed (0.688 -> 0.698 on the held-out sets with their headlines removed,
``benchmarks/results/headless-target-*``). A headline that opens with a speaker's words ("'We are ready to
sign': Interview with ...") names the talks without them: on the 13 held-out articles with such a headline their
speakers read 0.666 -> 0.699 stance, 0.539 -> 0.588 sentiment (``benchmarks/results/quoted-headline-target-*``).
:meth:`stance.Predictor.classify` has no article and keeps the model's default target.
"""

from __future__ import annotations

import re

from stance.names import caps
from stance.quotes import DATELINE, sanitize

HEADLINE_PREFIX = "the talks or negotiations in: "
MAX_WORDS = 25
# Lines above a headline that are not it: kickers ("ANALYSIS", "THE LONG READ"), bylines, datelines of dates,
# photo credits. At most MAX_SKIPPED of them are passed over.
_NOT_HEADLINE = re.compile(
    caps(r"^(?:by|from|updated|published|posted|photo|image|caption|file photo|reporting by)\b|^\W*$"
    r"|^(?:\w+,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|^\d{1,2}\s+\w+\s+\d{4}$|^\d{4}-\d{2}-\d{2}"),
    re.IGNORECASE,
)
MAX_SKIPPED = 3
#: Without a headline, the first words of the lede: 15 read best of 10-25 on development articles with their
#: headline removed (``benchmarks/results/headless-target-*``); a longer lede dilutes the talks it names.
FALLBACK_WORDS = 15


def article_target(text: str) -> str | None:
    """``"the talks or negotiations in: "`` + the article's headline: its first non-empty line when that reads
    as one (at most :data:`MAX_WORDS` words, not ending in ``.``, ``!`` or ``?``), else the first
    :data:`FALLBACK_WORDS` words of the text without a leading wire dateline. Up to :data:`MAX_SKIPPED` leading
    lines that are not a headline (a kicker of at most three words, a byline, a date) are passed over first.
    None for a text without words.

    >>> article_target("ANALYSIS\nSudan, South Sudan agree to direct talks on Abyei\n\nKHARTOUM (Reuters) - ...")
    'the talks or negotiations in: Sudan, South Sudan agree to direct talks on Abyei'
    """
    lines = [line.strip() for line in sanitize(text).splitlines() if line.strip()]  # no tags, "&quot;", "# "
    if not lines:
        return None
    start = 0
    while start < min(MAX_SKIPPED, len(lines) - 1) and _skippable(lines[start]):
        start += 1
    first = _without_lead_quote(lines[start])
    words = first.split()
    if len(words) <= MAX_WORDS and not first.endswith((".", "!", "?")):
        return HEADLINE_PREFIX + " ".join(words)
    body = DATELINE.sub("", " ".join(lines[start:]), count=1)  # no headline: the lede, without its wire dateline
    return HEADLINE_PREFIX + " ".join(body.split()[:FALLBACK_WORDS])


#: A headline that opens with a speaker's words: "'We are ready to sign': Interview with Kenya's chief negotiator".
_LEAD_QUOTE = re.compile(r"^['\u2018\"\u201c][^\n]+?['\u2019\"\u201d]\s*(?::|[-\u2013\u2014]\s)\s*(?P<rest>.+)$")


def _without_lead_quote(headline: str) -> str:
    """The headline without a leading quoted phrase and its colon or dash, when at least three words remain: the
    quote is one speaker's stance, and the target should name the talks, not take a side."""
    m = _LEAD_QUOTE.match(headline)
    return m.group("rest") if m and len(m.group("rest").split()) >= 3 else headline


def _skippable(line: str) -> bool:
    return len(line.split()) <= 3 or bool(_NOT_HEADLINE.search(line))
