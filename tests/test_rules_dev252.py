"""Speaker rules from dev252-dev255 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_role_with_who_right_after_it_is_a_person(ex):
    text = ("Refinery contract talks\n\n"
            "Salim bin Nasser al-Hinai, the union chairman, said the deal was fair.\n\n"
            "At the refinery gate, a process operator who has worked at the plant since it started up, and who asked "
            "not to be named, was blunter.\n\n"
            "\"We will go back on Wednesday because the union asked us to,\" he said by telephone.\n")
    assert groups(ex, text)["process operator"] == ["We will go back on Wednesday because the union asked us to,"]


def test_a_partys_mp_is_a_person_not_a_body(ex):
    text = ("Speakership talks\n\n"
            "A senior Waddani official said the deal was close.\n\n"
            "That is not how it looks from the other side of the table. A Kulmiye MP from Sool, who asked not to be "
            "named, was blunt.\n\n"
            "\"Waddani wants our votes but not our voice,\" he said.\n")
    assert groups(ex, text)["Kulmiye MP"] == ["Waddani wants our votes but not our voice,"]


def test_a_body_described_with_a_participle_is_the_next_it(ex):
    text = ("Farm trade talks\n\n"
            "The Swiss Farmers' Union said any quota must be small.\n\n"
            "Terra Libre, a smaller union rooted in French-speaking Switzerland, went further. In a statement, it said "
            "the talks were \"trading away food sovereignty behind closed doors\".\n")
    assert "Terra Libre" in groups(ex, text)


def test_a_sentence_about_a_titled_persons_belongings_opens_with_her(ex):
    text = ("Water rates talks\n\n"
            "Marietjie Oosthuizen, a ward councillor, said the review was overdue.\n\n"
            "Back in Extension 7, the tanker pulls away shortly before noon. Mrs Ngcobo’s wheelbarrow is full.\n\n"
            "\"Ninety days,\" she said, when told about the review. \"I have waited eleven months.\"\n")
    assert groups(ex, text)["Ngcobo"] == ["Ninety days,", "I have waited eleven months."]
