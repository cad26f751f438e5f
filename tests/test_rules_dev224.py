"""Speaker rules from dev224-dev227 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_transcript_label_may_carry_a_long_gloss(ex):
    text = ("Brewing licence talks\n\n"
            "REPORTER (voice-over): On the factory floor, the caution has a different source.\n\n"
            "XOÁN PEREIRA LAGO, chair of the works committee, Estrella Galicia brewery, A Coruña: Portugal is our second "
            "export market. Every lorry that leaves Leça is work that leaves Galicia.\n")
    assert speakers(ex, text) == ["XOÁN PEREIRA LAGO"]


def test_a_portfolio_listed_with_commas_opens_the_ministers_sentence(ex):
    text = ("Water talks\n\n"
            "Chief Mary Jack of the Tsawwassen First Nation said the nation had not been consulted on the route.\n\n"
            "B.C.'s Minister of Water, Land and Resource Stewardship, Paul Leclerc, closed the opening statements. The "
            "minister said the province would appoint a facilitator.\n")
    assert groups(ex, text)["Paul Leclerc"] == ["the province would appoint a facilitator"]


def test_who_proposed_doing_something_is_an_act_not_a_statement(ex):
    text = ("Co-op merger talks\n\n"
            "\"We want a fair valuation,\" said Fahad Al-Mutairi, the co-op's chairman.\n\n"
            "Former council member Yousef Al-Rashidi, who proposed merging the two co-ops in 2012, could not be reached "
            "for comment.\n")
    assert speakers(ex, text) == ["Fahad Al-Mutairi"]


def test_an_acronym_in_apposition_names_the_body_a_clause_does_not(ex):
    text = ("Strike looms\n\n"
            "The union that represents them, SITRAE, says talks with the power company have gone nowhere.\n\n"
            "A spokesperson for the Interior Ministry, which oversees the BMA, said the ministry would study any "
            "proposal.\n")
    got = speakers(ex, text)
    assert got[0] == "SITRAE" and "BMA" not in got


def test_asking_not_to_show_ones_face_says_nothing(ex):
    text = ("Strike looms\n\n"
            "At the substation, linemen were finishing their shift. One of them, with twenty years at the company, asked "
            "us not to show his face.\n")
    assert speakers(ex, text) == []
