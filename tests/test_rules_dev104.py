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


def test_a_body_after_an_adjective_opens_the_sentence_for_the_it_that_follows(ex):
    text = ("The miners\u2019 union said its members had lost patience.\n\n"
            "The larger Confederation of Independent Trade Unions in Bulgaria (KNSB) struck a more measured tone. In a "
            "statement issued before the talks, it said that any closure plan must include a regional fund.\n")
    got = groups(ex, text)
    assert got.get("Confederation of Independent Trade Unions") == ["that any closure plan must include a regional fund"]


def test_a_place_s_cantonal_government_is_the_it_that_follows(ex):
    text = ("The Ticino cantonal government, which sent two observers to the talks, took a more cautious line. In a "
            "statement, it said it would assess any proposal on the flood-risk data alone.\n")
    assert speakers(ex, text) == ["Ticino cantonal government"]


def test_a_bracketed_age_after_a_trade_and_name_in_a_scene_opens_the_next_she_said(ex):
    text = ("Bichitra Biswal, secretary of the turtle network, said dialogue was the only way.\n\n"
            "In Kharinashi village, fish vendor Kuni Behera (47) was less hopeful. \u201cThey come before every ban and "
            "before every election,\u201d she said.\n")
    got = groups(ex, text)
    assert got.get("Kuni Behera") == ["They come before every ban and before every election,"]


def test_a_surname_read_as_an_interjection_speaks_after_the_quote(ex):
    text = ("The Korean delegation is led by Oh Seung-hwan, a director-general at the agency.\n\n"
            "\u201cWe have come to Jakarta in good faith,\u201d Oh said before the opening session.\n")
    assert speakers(ex, text) == ["Oh Seung-hwan"]


def test_a_hyphenated_surname_is_one_name(ex):
    text = ("Later, State Minister in the Ministry of Finance, Marcia Henry-Bent, struck a more hopeful note.\n\n"
            "\u201cThe Government remains fully committed to this negotiation,\u201d she said.\n")
    assert speakers(ex, text) == ["Marcia Henry-Bent"]


def test_the_noun_at_the_body_is_the_body_s_noun_named_before(ex):
    text = ("Another round is scheduled for Thursday, a transport ministry official told Reuters.\n\n"
            "The official at the transport ministry, who was not authorised to speak to the media, said the government "
            "would not interfere.\n")
    assert speakers(ex, text) == ["transport ministry official"]
