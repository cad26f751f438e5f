"""Speaker rules from dev152-dev155 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_an_official_at_a_ministry_that_lists_its_portfolios_keeps_the_whole_name(ex):
    text = ("An official at Japan's Ministry of Economy, Trade and Industry said the ministry was aware of the talks.\n")
    names = list(groups(ex, text))
    assert len(names) == 1 and "Ministry of Economy, Trade and Industry" in names[0]


def test_an_aviation_company_named_before_is_the_company_that_speaks(ex):
    text = ("Around 190 pilots employed by Grampian Offshore Aviation, which flies crews to 40 installations, voted to "
            "strike.\n\nA spokesperson for Acas said the service \"does not comment on the detail of discussions\".\n\n"
            "In a statement, the company said contingency plans were in place with its clients.\n")
    assert groups(ex, text)["Grampian Offshore Aviation"] == ["contingency plans were in place with its clients"]
