"""The target predict() derives from the article when the caller names none."""

from __future__ import annotations

import pytest

from stance.targets import FALLBACK_WORDS, HEADLINE_PREFIX, article_target


def test_the_headline_names_the_talks():
    text = "Sudan, South Sudan agree to direct talks on Abyei\n\nKHARTOUM (Reuters) - The two sides said on Monday..."
    assert article_target(text) == HEADLINE_PREFIX + "Sudan, South Sudan agree to direct talks on Abyei"


def test_leading_blank_lines_and_spaces_are_skipped():
    assert article_target("\n\n   Union, city resume   wage talks  \nBody.") == HEADLINE_PREFIX + "Union, city resume wage talks"


def test_without_a_headline_the_first_words_stand_in():
    body = "The envoy said on Monday that the talks would resume next week in Doha. " * 3
    got = article_target(body)  # the first line is a sentence, not a headline
    assert got == HEADLINE_PREFIX + " ".join(body.split()[:FALLBACK_WORDS])
    long_line = " ".join(["word"] * 40)  # too long for a headline, even without a full stop
    assert article_target(long_line) == HEADLINE_PREFIX + " ".join(["word"] * FALLBACK_WORDS)


@pytest.mark.parametrize("dateline", ["WASHINGTON (AP) — ", "GENEVA, Dec 3 (Reuters) - ", "OAKLAND, Calif. (AP) - ",
                                      "THE HAGUE, Netherlands (AFP) - ", "RIVERTON — ", "NEW YORK, Sept 18 - "])
def test_without_a_headline_the_lede_stands_in_without_its_dateline(dateline):
    lede = "Negotiators for the union and the city went back to the bargaining table on Tuesday after a month."
    assert article_target(dateline + lede + "\n\nMore.") == HEADLINE_PREFIX + " ".join(lede.split()[:FALLBACK_WORDS])


def test_a_lede_that_only_looks_like_a_dateline_keeps_its_words():
    lede = "EU officials said the talks - which began in May - would go on until a deal was reached this year."
    assert article_target(lede) == HEADLINE_PREFIX + " ".join(lede.split()[:FALLBACK_WORDS])


def test_a_text_without_words_has_none():
    assert article_target("") is None and article_target(" \n\t\n") is None


def test_predict_uses_it_only_when_no_target_is_given(tiny_predictor):
    text = 'Ceasefire talks resume in Doha\n\n"We are ready," the envoy said.'
    assert tiny_predictor.predict(text).target == article_target(text)
    assert tiny_predictor.predict(text, "the Doha talks").target == "the Doha talks"
    assert tiny_predictor.predict("").target == tiny_predictor.config.default_target  # nothing to derive from


def test_kickers_bylines_and_dates_above_the_headline_are_passed_over():
    text = "ANALYSIS\nBy Jane Doe\nMay 4, 2026\nTalks collapse in Doha as envoys walk out\n\nThe envoys left on Monday."
    assert article_target(text) == HEADLINE_PREFIX + "Talks collapse in Doha as envoys walk out"
    assert article_target("THE LONG READ\n\nA sentence opens this body. It goes on.") == (
        HEADLINE_PREFIX + "A sentence opens this body. It goes on.")  # no headline: the words after the kicker
    assert article_target("ANALYSIS") == HEADLINE_PREFIX + "ANALYSIS"  # nothing else to use


def test_markup_is_no_part_of_the_target():
    text = "<h1>Union &amp; city resume wage talks</h1>\n<p>&quot;We are ready,&quot; she said.</p>"
    assert article_target(text) == HEADLINE_PREFIX + "Union & city resume wage talks"
    assert article_target("# Union, city resume **wage** talks\n\nBody.") == HEADLINE_PREFIX + "Union, city resume wage talks"


@pytest.mark.parametrize(("headline", "target"), [
    ("'We are ready to sign': Interview with Kenya's chief negotiator on the EU trade deal",
     "Interview with Kenya's chief negotiator on the EU trade deal"),
    ("\u2018We did not come to surrender\u2019 \u2013 a delegate on Cameroon\u2019s first talks in years",
     "a delegate on Cameroon\u2019s first talks in years"),
    ("'No deal': talks end", "'No deal': talks end"),  # too little would be left
    ("Australia, China hold 'frank' talks as row flares", "Australia, China hold 'frank' talks as row flares"),
])
def test_a_headline_s_leading_quote_is_no_part_of_the_target(headline, target):
    assert article_target(headline + "\n\nThe two sides met on Monday.") == HEADLINE_PREFIX + target
