"""Speaker rules from dev220-dev223 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_tv_scripts_bracketed_soundbite_and_vox_pop_tags_name_the_speaker(ex):
    text = ("Estate deal signed\n\n"
            "NEWSREADER (Anne Marie Joseph): Good evening. The stand-off at the estate is over, at least for now.\n\n"
            "REPORTER: The corporation's managing director, Ravi Persad, said the deal showed \"talking works\".\n\n"
            "[SOUND BITE] Ravi Persad, managing director, HDC: \"The residents had a legitimate complaint.\"\n\n"
            "[VOX POP] Marlon Chin, 74, Block C: \"Every year they come with a promise.\"\n")
    got = groups(ex, text)
    assert list(got) == ["Ravi Persad", "Marlon Chin"]
    assert got["Ravi Persad"][-1] == "The residents had a legitimate complaint."


def test_a_person_who_advised_a_party_is_the_next_she(ex):
    text = ("Estate deal signed\n\n"
            "\"We sat down and we listened,\" said Ravi Persad, the corporation's managing director.\n\n"
            "The residents were advised by attorney Kezia Mark. She told reporters the agreement was binding on both "
            "parties.\n")
    assert groups(ex, text)["Kezia Mark"] == ["the agreement was binding on both parties"]


def test_sheikh_between_two_names_is_part_of_a_somali_name(ex):
    text = ("Aquifer talks\n\n"
            "\"The water does not know where the border is,\" said Mohamed Abdi Warsame, the water minister.\n\n"
            "Amina Sheikh Abdi, who runs a women's water committee, told us that she had waited years for this meeting.\n")
    assert speakers(ex, text) == ["Mohamed Abdi Warsame", "Amina Sheikh Abdi"]


def test_a_name_without_its_tribes_or_fathers_name_is_the_same_person(ex):
    text = ("Jirga extends truce\n\n"
            "Haji Gul Zaman Afridi, a Zakha Khel elder, said his tribe had accepted the extension.\n\n"
            "Gul Zaman said by telephone that the land commission was the only way this ends.\n\n"
            "\"Real wages have not moved,\" said Siti Aminah binti Yusof, a labour economist.\n\n"
            "Siti Aminah said the workers felt left behind.\n")
    assert speakers(ex, text) == ["Gul Zaman Afridi", "Siti Aminah binti Yusof"]
