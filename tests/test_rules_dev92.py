"""Speaker rules from dev92-dev95 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_an_unnamed_person_after_a_scene_opens_the_sentence(ex):
    text = ("\u201cNobody has asked us a single question,\u201d Comeau said.\n\n"
            "On the wharf at Meteghan, a boat owner who has fished the bay for 30 years, and who asked that his name "
            "not be used, took a different view.\n\n\u201cThe worst thing for this bay is no rules at all,\u201d he said.\n")
    got = groups(ex, text)
    assert got.get("boat owner") == ["The worst thing for this bay is no rules at all,"]


def test_an_age_and_a_trade_before_a_name_are_no_part_of_it(ex):
    text = ("Outside a state bakery, 71-year-old retiree Marta Leyva said she had never heard of the creditors.\n\n"
            "\u201cYesterday we had eight hours without light,\u201d she said.\n")
    got = groups(ex, text)
    assert set(got) == {"Marta Leyva"} and len(got["Marta Leyva"]) == 2


def test_party_and_place_adjectives_before_a_role_and_a_name_are_no_part_of_it(ex):
    text = ("Republican presidential front-runner Dale Harmon said the deal was \u201ca disaster\u201d.\n\n"
            "\u201cWe will tear it up,\u201d Harmon said.\n")
    got = groups(ex, text)
    assert set(got) == {"Dale Harmon"} and len(got["Dale Harmon"]) == 2


def test_a_person_after_a_possessive_opens_the_sentence(ex):
    text = ("According to the Socialist Left\u2019s group leader, Kristoffer Bøe, the parties are \u201cmuch closer than "
            "the headlines suggest\u201d.\n\n\u201cWe are here to make a deal,\u201d Bøe said.\n\n"
            "The Red Party\u2019s Amir Haddad was more upbeat. \u201cWe are not there yet, but we are close,\u201d he said.\n")
    got = groups(ex, text)
    assert got.get("Amir Haddad") == ["We are not there yet, but we are close,"]


def test_titles_written_without_a_full_stop_are_no_part_of_the_name(ex):
    text = ("Insp Siphiwe Khumalo said officers would stay at the market.\n\n"
            "\u201cOur role is to keep the peace,\u201d Insp Khumalo said.\n\n"
            "\u201cThese are young men who have buried their brothers,\u201d said Rev Carlton Ashby.\n")
    got = groups(ex, text)
    assert len(got["Siphiwe Khumalo"]) == 2
    assert "Carlton Ashby" in got


def test_a_capitalised_list_of_portfolios_is_one_title(ex):
    text = ("\u201cMalaysia is closer than ever to a deal,\u201d Investment, Trade and Industry Minister Datuk Seri "
            "Rahmat Ismail told a press conference on Thursday.\n\n\u201cWe are in the last mile now,\u201d Rahmat said.\n")
    got = groups(ex, text)
    assert set(got) == {"Rahmat Ismail"} and len(got["Rahmat Ismail"]) == 2


def test_a_negated_cue_over_an_open_question_says_nothing_but_places_its_speaker(ex):
    text = ("Petrobras did not disclose what it had put on the table. In an emailed response, a company spokesperson "
            "said the firm \u201cremains committed to the partnership\u201d.\n\n"
            "The Taliban have not said who will lead their delegation.\n")
    got = groups(ex, text)
    assert list(got) == ["Petrobras"] and len(got["Petrobras"]) == 1
