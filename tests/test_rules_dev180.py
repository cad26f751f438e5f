"""Speaker rules from dev180-dev183 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_an_inline_sound_bite_tag_names_the_quote_after_its_colon(ex):
    text = ("ANCHOR (Sherma Baptiste): Good evening. The IMF team is back in Roseau.\n\n"
            "REPORTER (Kelvin Laurent): The two sides met twice behind closed doors.\n\n"
            "SOUND BITE, Dr Rosamund Charles, Financial Secretary: \"The discussions have been frank and productive.\"\n\n"
            "REPORTER: Market vendors are less sure.\n\n"
            "VOX POP, Agnes Prosper, vendor: \"All I know is every time they talk about the IMF, prices go up.\"\n")
    names = groups(ex, text)
    assert names["Rosamund Charles"] == ["The discussions have been frank and productive."]
    assert "Agnes Prosper" in names


def test_a_catalan_i_joins_two_surnames_and_the_first_stands_for_the_name(ex):
    text = ("Algeciras handled 4.7 million containers last year, according to Jordi Puigvert i Soler, a maritime "
            "economist.\n\n"
            "\"Shipping lines do not wait for Spanish labour law,\" Puigvert said.\n")
    assert list(groups(ex, text)) == ["Jordi Puigvert i Soler"]


def test_a_title_before_a_particle_surname_is_dropped(ex):
    text = ("The council's leader, Cllr Dafydd ap Iorwerth, said the authority had \"run out of road\".\n\n"
            "Cllr ap Iorwerth said the talks with ministers had been \"constructive\".\n")
    assert list(groups(ex, text)) == ["Dafydd ap Iorwerth"]


def test_a_malaysian_a_l_name_is_one_name_and_its_given_name_the_person(ex):
    text = ("Thiruselvam a/l Ramasamy, a senior energy analyst, said the talks were slow.\n\n"
            "\"Signing a contract of this size is hard,\" Thiruselvam said.\n")
    assert list(groups(ex, text)) == ["Thiruselvam a/l Ramasamy"]


def test_back_opening_a_sentence_is_no_particle_of_the_cue(ex):
    text = "Back in Vrbatky, mayor Petr Hruby said the municipality would host an information evening.\n"
    assert groups(ex, text) == {"Petr Hruby": ["the municipality would host an information evening"]}


def test_the_people_after_one_of_the_people_are_the_two_people_again(ex):
    text = ("Two people familiar with the talks said the sides remained divided. Argonne wants to keep the right to "
            "license the chemistry, one of the people said. The people, who asked not to be named, said a June "
            "deadline could slip.\n")
    assert list(groups(ex, text)) == ["Two people familiar with the talks"]


def test_a_leader_of_the_body_after_led_by_is_the_she_that_follows(ex):
    text = ("The finance secretary, Rosamund Charles, said the discussions had been frank.\n\n"
            "The mission is led by Lucia Etxeberria Mendiola of the Fund's Western Hemisphere Department. She told "
            "the station the Fund sees real progress.\n")
    assert groups(ex, text)["Lucia Etxeberria Mendiola"] == ["the Fund sees real progress"]
