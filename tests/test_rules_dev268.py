"""Speaker rules from dev268-dev271 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_the_release_is_the_body_that_spoke_in_a_press_release_before(ex):
    text = ("Seasonal workers talks\n\n"
            "In a press release issued on Wednesday after two days of meetings in Vientiane, the ministry said both sides "
            "had agreed \"in principle\" that workers would be paid directly.\n\n"
            "The owner of a recruitment agency in Vientiane said the fees were \"a scandal nobody talks about\".\n\n"
            "Kim Soo-ah, a labour researcher in Chuncheon, said the quota was unlikely to grow this year.\n\n"
            "The two delegations will meet again in February, according to the release.\n")
    found = groups(ex, text)
    assert "release" not in found
    assert any("February" in q for q in found["ministry"])


def test_two_parties_one_with_an_ampersand_in_its_initials_are_spoken_of_together(ex):
    from stance.positions import is_joint

    assert is_joint("Groen and CD&V")
    text = ("Coalition talks\n\n"
            "Groen and CD&V said on Friday that they had agreed on most of a programme for the city.\n\n"
            "\"We are close,\" said Mayor Annelies Claes.\n")
    assert list(groups(ex, text)) == ["Annelies Claes"]
