"""Speaker rules from dev84-dev87 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_person_with_a_bracketed_age_after_a_compass_place_opens_the_sentence(ex):
    text = ("A ministry spokesperson said two further sessions had been set down for June.\n\n"
            "At Ndwedwe, north of Durban, Thokozile Zulu (67) has been growing cane since 1994. She said she had "
            "borrowed money to pay for fertiliser this season.\n\n\u201cPlease, let them agree now,\u201d she said.\n")
    got = groups(ex, text)
    assert "Thokozile Zulu" in got and len(got["Thokozile Zulu"]) == 2


def test_many_and_herders_are_classes_and_an_mec_is_a_role(ex):
    text = ("Many said they had heard about the meeting on the radio. Swedish herders say the border has shut them out "
            "of their valleys.\n\nKZN Agriculture and Rural Development MEC Zanele Gumede said the province "
            "\u201cfully supports a negotiated settlement\u201d.\n")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert {name for name, _, _ in speakers} == {"Zanele Gumede"}
    assert len(positions) == 2


def test_a_retired_titled_person_after_a_role_is_the_she_after(ex):
    text = ("The mediator, retired Bankruptcy Judge Eleanor Whitcomb, has said little in public. In a status report "
            "filed on Monday, she wrote that the parties had met on 11 days since October.\n")
    got = groups(ex, text)
    assert set(got) == {"Eleanor Whitcomb"}


def test_a_department_named_by_portfolios_and_its_country_is_a_speaker(ex):
    text = ("In a statement, Crown-Indigenous Relations and Northern Affairs Canada said it \u201cremains committed to "
            "concluding a final agreement\u201d with the Dehcho.\n")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert {name for name, _, _ in speakers} == {"Crown-Indigenous Relations and Northern Affairs Canada"}
    assert not positions
