"""Speaker rules from dev264-dev267 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_q_and_a_heading_opens_an_interview_whose_answers_carry_no_labels(ex):
    text = ("The gate that closes at five\n\n"
            "Traders queue for days at the border post, and the talks have moved slowly.\n\n"
            "Q&A: 'The gate is a symptom'\n\n"
            "Dr Sabina Thapa is a trade economist at Pokhara University who has studied the corridor.\n\n"
            "Do longer hours make a real difference?\n\n"
            "Yes, but less than people think. The road is the disease.\n\n"
            "So are these talks worth having?\n\n"
            "Absolutely. This is the only forum where customs officials from both sides sit together.\n")
    found = groups(ex, text)
    assert found["Sabina Thapa"] == ["Yes, but less than people think. The road is the disease.",
                                     "Absolutely. This is the only forum where customs officials from both sides sit "
                                     "together."]


def test_a_given_name_after_an_opening_phrase_is_the_person_named_in_full_with_it(ex):
    text = ("Water-use talks\n\n"
            "On a cold October morning, Bold-Erdene Tsogtbaatar’s goats are jostling for the last of the water.\n\n"
            "The company's representative, Saruul Ganbat, said the plant would use \"only deep water\".\n\n"
            "The next round is set for November. Back at the well, Bold-Erdene lets the bucket fall again. \"If they "
            "come and measure my well every month,\" he said, \"maybe then I will believe them.\"\n")
    assert groups(ex, text)["Bold-Erdene Tsogtbaatar"] == ["If they come and measure my well every month,",
                                                           "maybe then I will believe them."]


def test_the_body_named_after_a_fronted_clause_the_parse_ran_into_the_main_one_speaks(ex):
    text = ("Dockers' talks\n\n"
            "In a press release issued yesterday afternoon after the fifth round of talks at the CHC's offices in Mer "
            "Rouge, the Port Louis Harbour and Dock Workers Union said that \"no concrete proposal\" had been put to it "
            "on the night-shift allowance.\n")
    assert list(groups(ex, text)) == ["Port Louis Harbour and Dock Workers Union"]


def test_a_summary_of_a_meeting_is_a_document_that_says(ex):
    text = ("Border talks\n\n"
            "Officials said on Monday that the talks had gone well.\n\n"
            "A summary of the meeting circulated among customs officials, seen by this newspaper, is more cautious. It "
            "says the sides agreed \"in principle\" to extend opening hours.\n")
    assert any("agreed" in q for q in groups(ex, text)["summary"])
