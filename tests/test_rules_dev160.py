"""Speaker rules from dev160-dev163 (issue 3). One short text written for the project per rule; each fails on the code
before it (the one on a draft published by a body guards a rule against its own overreach)."""

from __future__ import annotations

from speaker_helpers import groups


def test_it_after_a_term_sheet_is_the_term_sheet(ex):
    text = ("A term sheet sent to the lenders last week proposes that maturities be extended to 2031. It says that a "
            "new credit line would be made available.\n")
    assert groups(ex, text)["term sheet"] == ["that maturities be extended to 2031",
                                              "that a new credit line would be made available"]


def test_a_draft_agreement_seen_by_the_paper_speaks(ex):
    text = "A draft merger agreement seen by this blog says the merged society would keep both names for two years.\n"
    assert len(groups(ex, text)) == 1 and "draft merger agreement" in list(groups(ex, text))[0]


def test_the_draft_states_though_the_parse_hangs_the_draft_on_the_verb(ex):
    text = ("How far they have come is clear from a six-page draft of the coalition programme. The draft states that "
            "the new government will halve the waiting time for building permits.\n")
    assert "the new government will halve the waiting time for building permits" in " ".join(
        q for qs in groups(ex, text).values() for q in qs)


def test_a_draft_published_by_a_body_is_not_a_speaker_of_its_own(ex):
    text = ("The draft decision, published by the presidency at about 4am, \"invites\" rich countries to \"scale up\" "
            "their contributions.\n")
    assert not any("draft" in name for name in groups(ex, text))


def test_a_soundbite_label_with_its_role_after_commas(ex):
    text = ("PRESENTER: Farmers in St Patrick say the deal is a start.\n\n"
            "SOUNDBITE, LENNOX CHARLES, FARMER, RIVER SALLEE: \"Two mornings a week, written down and signed. Before "
            "this we had nothing at all.\"\n\n"
            "SOUNDBITE, ANDREA PIERRE, GENERAL MANAGER, THE AUTHORITY: \"What made the difference was sitting down "
            "with the figures on the table.\"\n")
    assert {"LENNOX CHARLES", "ANDREA PIERRE"} <= set(groups(ex, text))


def test_a_reflexive_after_the_name_is_no_part_of_it(ex):
    text = ("\"We will be watching every bus they buy,\" said Zurab Kiknadze, the drivers' chairman.\n\n"
            "Kiknadze himself called the outcome \"not a victory, but not a defeat either\".\n")
    assert list(groups(ex, text)) == ["Zurab Kiknadze"]


def test_speaking_for_a_side_is_no_statement(ex):
    text = ("Mayor Davit Lomidze led the city's side; Kiknadze and two vehicle owners spoke for the carriers.\n\n"
            "\"The job guarantee was the main thing,\" Kiknadze said.\n")
    assert all("carriers" not in q for qs in groups(ex, text).values() for q in qs)


def test_a_role_with_a_party_name_is_not_another_partys_leader(ex):
    text = ("Co-leader Aroha Tipene described the talks in glowing terms. \"This is the most ambitious programme in a "
            "generation,\" she said.\n\n"
            "At his own stand-up an hour later, caretaker Prime Minister Mark Ellery was scathing.\n\n"
            "\"This is a coalition of chaos before it has even begun,\" the National leader said.\n")
    assert groups(ex, text)["Mark Ellery"] == ["This is a coalition of chaos before it has even begun,"]


def test_fines_an_authority_issued_are_no_statement(ex):
    text = ("Environment Secretary Adriana Solana said the quarry \"will not reopen\".\n\n"
            "Her ministry has issued several fines against the company since 2023.\n")
    assert all("fines" not in q for qs in groups(ex, text).values() for q in qs)


def test_an_arabic_name_of_five_words_opens_the_next_he(ex):
    text = ("An official from a third Gulf state said the talks were slow.\n\n"
            "Hamdan bin Rashid Al Kaabi, 61, grows dates on the Omani side of the border fence.\n\n"
            "\u201cThey have been meeting for a year and a half, and my well keeps falling,\u201d he said.\n")
    assert "Hamdan bin Rashid Al Kaabi" in groups(ex, text)
