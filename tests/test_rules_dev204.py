"""Speaker rules from dev204-dev207 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_an_abbreviated_first_name_does_not_end_the_source(ex):
    text = ("The tunnel has become the case that critics point to. Its toll earnings cover only a fraction of its "
            "running costs, according to Md. Mizanur Karim Talukder, an executive director of the Bangladesh Tunnel "
            "Authority, who said traffic was running at less than a third of the forecast.\n")
    assert list(groups(ex, text)) == ["Md. Mizanur Karim Talukder"]


def test_an_office_named_for_its_holder_is_a_body_for_a_later_it(ex):
    text = ("The Office of the Prime Minister has put out its readout. The talks \"made real progress\", it says.\n")
    assert list(groups(ex, text)) == ["Office of the Prime Minister"]


def test_a_long_apposition_still_gives_the_role_of_the_person_quoted_before(ex):
    text = ("Next at the lectern was Park Min-ji, superintendent of education for Gwangju and chair of the "
            "superintendents' council, who leads the employers' side.\n\n"
            "\"We are ready to meet tomorrow,\" Park said.\n\n"
            "Asked whether the council would improve its offer, the superintendent said it would \"not negotiate "
            "through the press.\"\n\n"
            "Kim Tae-ho, director-general for labor relations at the labor ministry, spoke third.\n")
    got = groups(ex, text)
    assert got["Park Min-ji"][-1] == "not negotiate through the press."


def test_a_particle_and_surname_after_an_opening_phrase_is_the_full_name(ex):
    text = ("The barley on Hajj Abdelkader El Ouardi's land is short.\n\n"
            "\"They meet in offices,\" he says.\n\n"
            "In parliament, Karim Bennani, a deputy, called the talks a farce. \"The big growers are heard,\" Bennani "
            "said.\n\n"
            "Back in his village, El Ouardi looks up at the sky.\n\n"
            "\"If it rains, maybe I pay,\" he says.\n")
    got = groups(ex, text)
    assert got["Hajj Abdelkader El Ouardi"][-1] == "If it rains, maybe I pay,"


def test_a_name_outside_which_someone_stands_is_a_place(ex):
    text = ("The maize on Hajj Abdelkader El Ouardi's plot is short. Instead, on a grey morning outside Ben Slimane, "
            "an hour from Rabat, he crouches over the rows.\n\n"
            "\"They meet in offices and tell us to wait,\" he says.\n")
    assert list(groups(ex, text)) == ["Hajj Abdelkader El Ouardi"]
