"""Speaker rules from dev244-dev247 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_place_described_after_the_opening_phrase_opens_no_name(ex):
    text = ("Ceasefire talks\n\n"
            "Bashir Ahmed Mir, a teacher in Kupwara, said the talks were welcome.\n\n"
            "Across the line in Kel, the main town of the upper valley, shopkeeper Ghulam Rasool Dar was less hopeful. "
            "\"In 2021 they also shook hands,\" he said.\n")
    assert groups(ex, text)["Ghulam Rasool Dar"] == ["In 2021 they also shook hands,"]


def test_one_of_a_group_of_people_opens_the_sentence_as_an_unnamed_person(ex):
    text = ("Truce talks\n\n"
            "Tyrone Lewis, a youth worker, said the talks were welcome.\n\n"
            "There has been a short break. One of the young men from the Splott side, who gave his age as 22 but not his "
            "name, came out to smoke by the railings. He said his group had come \"for the families\".\n")
    assert groups(ex, text)["One of the young men from the Splott side"] == ["his group had come \"for the families\""]


def test_y_joins_the_words_of_a_spanish_name(ex):
    text = ("Coalition talks\n\n"
            "In a statement issued on Wednesday evening, the Castilla y León PP said its negotiators had made contact "
            "with the regionalists.\n")
    assert speakers(ex, text) == ["Castilla y León PP"]


def test_what_one_unnamed_person_called_is_their_words(ex):
    text = ("Power-sharing talks\n\n"
            "Bonds fell as the talks dragged into a second week, with the two sides still apart on what one Accra fund "
            "manager called \"the price list for votes\".\n")
    assert groups(ex, text)["one Accra fund manager"] == ["the price list for votes"]


def test_a_plural_possessive_before_a_role_and_a_name_opens_with_the_name(ex):
    text = ("Power purchase talks\n\n"
            "Baraka Mwakyusa, a utility director, said the tariff was high.\n\n"
            "Kahama Fields’ managing director, Neema Mushi, played down the gap. \"We are very close,\" she said.\n")
    assert groups(ex, text)["Neema Mushi"] == ["We are very close,"]


def test_a_towns_state_abbreviation_is_no_apposition(ex):
    text = ("Mill strike talks\n\n"
            "The union's international office in Kensington, Md., said in a statement that it was ready to meet "
            "anywhere.\n")
    assert speakers(ex, text) == ["union's international office in Kensington, Md"]


def test_a_spokeswoman_named_for_a_firms_short_name_is_the_firm(ex):
    text = ("Mill strike talks\n\n"
            "Shares of Prairie Gold Processing Inc. fell 6% on Tuesday. In a filing, Prairie Gold said the stoppage was "
            "costing $9 million a week.\n\n"
            "A Prairie Gold spokeswoman said the company would meet the union whenever the mediator called.\n")
    assert groups(ex, text)["Prairie Gold"] == [
        "the stoppage was costing $9 million a week", "the company would meet the union whenever the mediator called"]


def test_retd_after_a_rank_is_no_apposition(ex):
    text = ("Ceasefire talks\n\n"
            "Brigadier (retd) Tahir Mehmood Awan, who commanded a brigade in the sector, called the meeting \"good for "
            "photographs and not much else\".\n")
    assert speakers(ex, text) == ["Tahir Mehmood Awan"]


def test_a_firms_labor_union_is_not_the_firm(ex):
    text = ("Steel wage talks\n\n"
            "The Hanseong Labor Union said negotiations would resume on Thursday.\n\n"
            "Hanseong said in a statement that it had presented the best possible offer.\n")
    assert speakers(ex, text) == ["Hanseong Labor Union", "Hanseong"]
