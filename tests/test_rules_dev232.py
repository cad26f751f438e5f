"""Speaker rules from dev232-dev235 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_sentence_opening_on_a_peoples_adjective_names_nobody(ex):
    text = ("Border trade talks\n\n"
            "The numbers tell only part of the story, according to Dr Thandi Mokoena, a trade economist at the "
            "University of Venda.\n\n"
            "Formal South African exports to Zimbabwe fell by almost a third, she said, but much of the trade was never "
            "recorded.\n")
    assert speakers(ex, text) == ["Thandi Mokoena"]


def test_a_sentence_framed_as_one_persons_view_opens_with_that_person(ex):
    text = ("Fuel contract talks\n\n"
            "Grace Namutebi, a fuel analyst in Kampala, said the premium would rise.\n\n"
            "\"The marketers pay for every delay,\" said Peter Okello, who chairs the marketers' association.\n\n"
            "For Namutebi, even a good result leaves the central question open.\n\n"
            "\"A better premium is welcome,\" she said.\n")
    assert groups(ex, text)["Grace Namutebi"][-1] == "A better premium is welcome,"
