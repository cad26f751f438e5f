"""Speaker rules from session 34 (issue 3): an older set's company merged into a capital, and dev128-dev131. One short
text written for the project per rule; each fails on the code before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_the_company_is_no_capital_and_a_company_word_names_it(ex):
    text = ("Peru's government and Lima-listed Andes Ridge Metals are close to a deal, with Lima pressing for an advance "
            "on royalties.\n\nThe company has spent $200mn on the deposit and expects it to produce 90,000 ounces a "
            "year.\n\nA company spokeswoman later said that Andes Ridge would update the market in due course.\n")
    assert any("update the market" in q for q in groups(ex, text)["Andes Ridge Metals"])


def test_a_body_named_in_apposition_is_the_company_that_speaks_next(ex):
    text = ("The ministry opened talks with Coralline Energy, the Australian company that operates the offshore field, "
            "on Tuesday.\n\nCampaigners have pressed for a review of the contract.\n\nIn a statement, Coralline struck "
            "a softer note. The company said it \"values its long partnership\" with the country.\n")
    assert list(groups(ex, text)) == ["Coralline Energy"]


def test_a_union_named_after_a_company_is_not_the_company(ex):
    text = ("Workers at Ridgeway Motors have refused overtime since Monday.\n\n\"We will not accept this offer,\" said "
            "the Ridgeway Motors Workers Union in a statement.\n\nThe company said it remained \"fully committed to an "
            "amicable settlement\".\n")
    assert groups(ex, text) == {"Ridgeway Motors Workers Union": ["We will not accept this offer,"],
                                "Ridgeway Motors": ["fully committed to an amicable settlement"]}


def test_guard_a_company_quoted_by_its_short_name_is_the_company_named_in_full(ex):
    # Guards the rule above: "The company" reads the named "Tigris Telecom", which is the "Tigris" quoted before.
    text = ("The mood was darker at Tigris Telecom, the Erbil-based operator that has fought the regulator for a decade."
            "\n\nIn a statement on Sunday, Tigris said the draft terms were \"designed for two operators, not three\". "
            "The company added that it was weighing \"all options\".\n")
    assert len(groups(ex, text)) == 1
