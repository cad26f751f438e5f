"""Speaker rules from dev148-dev151 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_role_owned_by_a_country_after_a_scene_opens_the_next_he(ex):
    text = ("\"I expect us to invite bids before the end of the year,\" the minister, Yusuf Al Jowder, said.\n\nSitting "
            "beside him, Saudi Arabia's deputy minister of transport, Faisal Al Otaibi, struck a more measured tone. "
            "The Kingdom's position \"has not changed,\" he said.\n")
    assert groups(ex, text)["Faisal Al Otaibi"] == ["The Kingdom's position \"has not changed,\""]


def test_the_paper_that_saw_a_document_is_not_its_speaker(ex):
    text = ("A briefing note prepared for state cabinet in May, seen by The Courier, says the longer timeline would leave "
            "state schools $1.1bn worse off.\n")
    assert "Courier" not in groups(ex, text)


def test_guard_the_minister_is_the_minister_just_quoted_not_the_one_who_opens_the_next_sentence(ex):
    # Guards the first rule above: Brazil's minister, after "In Brasilia,", now opens his sentence, and the role
    # before him belongs to the minister the text quoted just before.
    text = ("Paraguay's foreign minister, Ernesto Villalba, was less diplomatic.\n\n\"We have been patient for fifty "
            "years,\" Villalba said.\n\nThe minister said he had asked Brazil's government to send \"someone with a "
            "mandate\".\n\nIn Brasilia, Brazil's mines and energy minister, Renato Falcao, said the talks were \"on the "
            "right track\".\n")
    assert groups(ex, text)["Ernesto Villalba"][-1] == 'he had asked Brazil\'s government to send "someone with a mandate"'
