"""Speaker rules from dev120-dev123 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_the_airline_is_not_a_person_whose_role_names_an_airline(ex):
    text = ("\"Nothing has moved,\" said the head of the country's airline pilots' union.\n\n"
            "In a media release issued earlier yesterday, the airline said all flights would operate as scheduled.\n")
    got = groups(ex, text)
    assert got["airline"] == ["all flights would operate as scheduled"]


def test_a_first_name_with_an_aside_opens_the_next_he_said(ex):
    text = ("Malaysia's negotiator Rosli Hamzah met his Thai counterpart on Monday.\n\n"
            "\"The easier path is a short rollover,\" said Rachel Tan, an analyst at Straits Energy Partners.\n\n"
            "Rosli, for his part, waves away the gloom. Asked whether the deadline could be missed, he said that "
            "\"the JDA has survived coups\".\n")
    assert groups(ex, text)["Rosli Hamzah"] == ["the JDA has survived coups"]


def test_a_name_after_two_appositions_is_the_speaker(ex):
    text = ("The administrateur superieur, the state's senior representative in the territory, Xavier Menard, said the "
            "sessions would continue until Friday. Delegations would be flown to Paris, he added.\n")
    assert speakers(ex, text) == ["Xavier Menard"]


def test_a_role_after_a_listed_bodys_name_opens_the_next_he_said(ex):
    text = ("\"We are doing everything we can to run a service,\" a Yarra Trams spokesperson said.\n\n"
            "Rail, Tram and Bus Union tram division secretary Con Papadakis has been on ABC Radio Melbourne this "
            "morning.\n\nHe said drivers had not taken the decision to stop work lightly.\n")
    assert groups(ex, text)["Con Papadakis"] == ["drivers had not taken the decision to stop work lightly"]


def test_initials_are_named_by_the_name_the_text_spells_out(ex):
    text = ("Subscribers woke up Monday without the Keystone Sports Network, the channel that carries the games.\n\n"
            "Customers can still stream the games through the network's own app, KSN said in a notice on Monday.\n")
    assert speakers(ex, text) == ["Keystone Sports Network"]
