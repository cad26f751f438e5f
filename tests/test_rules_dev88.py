"""Speaker rules from dev88-dev91 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_short_form_from_another_language_names_the_body_for_its_generic_noun(ex):
    text = ("The agency said it was following the talks closely.\n\n"
            "The minority Democratic Confederation of Labour (CDT), which has no seat at the table, was less charitable. "
            "In a post on its website, the confederation called the talks \u201ca theatre performed for the cameras\u201d.\n")
    got = groups(ex, text)
    assert got.get("Democratic Confederation of Labour") == ["a theatre performed for the cameras"]


def test_a_person_named_by_first_name_and_age_is_no_company(ex):
    text = ("Negotiators for the crews and the company\u2019s management met again on Tuesday.\n\n"
            "In a statement, the company said that the next session had been set for Thursday.\n\n"
            "Rachid, a 41-year-old crane operator, said he wanted the union to sign something soon.\n")
    got = groups(ex, text)
    assert got["Rachid"] == ["he wanted the union to sign something soon"]


def test_a_titled_person_the_sentence_opens_with_for_is_the_she_after(ex):
    text = ("One member of the vendors\u2019 panel said the two sides were \u201ccloser than the speeches suggest.\u201d\n\n"
            "For City Legal Officer Atty. Marissa Pacio, the next step is procedural. The revised draft would be "
            "circulated to both panels by Friday, she said.\n")
    got = groups(ex, text)
    assert got.get("Marissa Pacio") == ["The revised draft would be circulated to both panels by Friday"]


def test_a_statement_presented_in_full_is_the_words_of_whoever_released_it(ex):
    text = ("Kestrel Steel Holdings has released a short statement. Here it is in full:\n\n"
            "\u201cKestrel remains fully committed to these negotiations and is confident of an agreement this week.\u201d\n")
    quotes = ex.extract(text)
    assert [q.speaker for q in quotes] == ["Kestrel Steel Holdings"]
    q = quotes[0]
    assert text[q.cue_start : q.cue_end] == "released"
    assert text[q.speaker_start : q.speaker_end] == "Kestrel Steel Holdings"


def test_an_adjective_opening_a_body_s_description_is_no_part_of_its_name(ex):
    text = "Environmental group EcoPeace Middle East said the swap was \u201cthe only deal on the table\u201d.\n"
    assert set(groups(ex, text)) == {"EcoPeace Middle East"}


def test_asking_to_meet_and_reporting_revenue_are_no_statements(ex):
    text = ("The mayor of Hvalfjardarsveit, Olafur Runarsson, has asked to meet both companies next week.\n\n"
            "Nordsund, which operates routes between Denmark and Germany, reported revenue of DKr7.8bn last year.\n")
    assert groups(ex, text) == {}


def test_a_leader_in_a_chamber_with_its_place_is_named_after_it(ex):
    text = ("Opposition leader in the GB Assembly Sajjad Ali Shigri said the talks were \u201can eyewash\u201d.\n\n"
            "\u201cThe government is buying time,\u201d Shigri said.\n")
    got = groups(ex, text)
    assert set(got) == {"Sajjad Ali Shigri"} and len(got["Sajjad Ali Shigri"]) == 2


def test_asking_someone_to_act_is_still_a_request_put_in_words(ex):
    text = "The union has asked Judge Dana Lee, the mediator, to call both sides back to the table before Friday.\n"
    assert groups(ex, text) == {"union": ["to call both sides back to the table before Friday"]}
