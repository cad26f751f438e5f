"""Speaker rules from dev104-dev107 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_name_that_opens_with_an_accented_capital_opens_the_sentence(ex):
    text = ("\u201cNobody will be left stranded on an island,\u201d the minister, Colm Breathnach, said.\n\n"
            "But the company\u2019s managing director, Tomás Ó Flaithearta, painted a very different picture.\n\n"
            "\u201cWe have been talking to the department since June and we are no further on,\u201d he said.\n")
    got = groups(ex, text)
    assert got.get("Tomás Ó Flaithearta") == ["We have been talking to the department since June and we are no "
                                              "further on,"]


def test_a_place_s_description_before_a_person_s_apposition_is_not_the_speaker(ex):
    text = ("In Dobra itself, a village of about 900 people, the head of the local council, Vasyl Moroz, said "
            "residents were not against the mine.\n")
    assert speakers(ex, text) == ["Vasyl Moroz"]


def test_a_body_inside_a_person_s_apposition_is_not_a_second_subject(ex):
    text = ("Ratna Sari Dewi, a member of the House of Representatives\u2019 Commission I, which oversees defence, said "
            "the government was \u201cnegotiating over scraps\u201d.\n")
    assert speakers(ex, text) == ["Ratna Sari Dewi"]


def test_prefect_is_a_title(ex):
    text = ("Prefect Étienne Marcadier said the state was prepared to cover part of the cost. \u201cWe will not sign "
            "anything tonight,\u201d Marcadier added.\n")
    assert speakers(ex, text) == ["Étienne Marcadier"]
