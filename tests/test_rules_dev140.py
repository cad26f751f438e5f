"""Speaker rules from dev140-dev143 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_the_lawmaker_is_the_mna_quoted_before(ex):
    text = ("A PPP MNA from Larkana, speaking on condition of anonymity, said several members had urged the leadership "
            "to \"walk out of these talks\".\n\n\"If we vote for this budget as it is, we cannot show our faces in our "
            "constituencies,\" the lawmaker said.\n")
    assert groups(ex, text)["PPP MNA"][-1].startswith("If we vote for this budget")


def test_a_companys_spokesman_by_its_first_word_names_it_in_full(ex):
    text = ("Eden Valley Vintners said it had received an offer from Harrowgate Capital, a US private equity firm.\n\n"
            "Harrowgate said its offer was \"full and fair\".\n\nA Harrowgate spokesman in Sydney said the firm was "
            "\"delighted to be working with the board\".\n")
    assert "Harrowgate Capital" in groups(ex, text)


def test_he_who_adds_is_the_spokesman_for_a_body_named_after_him(ex):
    text = ("Abu Bakarr Conteh, who chairs the canoe fishermen, said the zone must widen.\n\nIndustrial operators were "
            "blunter. A spokesman for the Sierra Leone Industrial Fishing Association, which represents 41 licensed "
            "vessels, said its members \"cannot accept\" the nine-mile proposal.\n\nThe association would \"review its "
            "participation\" in the talks unless the ministry commissioned a survey, he added.\n")
    assert len(groups(ex, text)["Sierra Leone Industrial Fishing Association"]) == 2
