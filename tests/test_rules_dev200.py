"""Speaker rules from dev200-dev203 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_quoted_nickname_inside_a_name_keeps_the_full_name_for_a_later_she(ex):
    text = ("Speaker Tomas Ibarra left the meeting first.\n\n"
            "\"Nothing is settled,\" Ibarra told reporters.\n\n"
            "The pact promised the gavel to Rep. Luz \"Lucy\" Dimaculangan-Reyes of Batangas.\n\n"
            "Dimaculangan-Reyes is running out of patience. \"A promise is a promise,\" she said on Saturday.\n")
    got = groups(ex, text)
    assert got["Luz Dimaculangan-Reyes"] == ["A promise is a promise,"]
    assert got["Tomas Ibarra"] == ["Nothing is settled,"]


def test_a_nickname_in_marks_is_no_quote(ex):
    text = "Analyst Teresita \"Tess\" Mabanta said the bloc had not chosen a candidate.\n"
    assert groups(ex, text) == {"Teresita “Tess” Mabanta": ["the bloc had not chosen a candidate"]} or groups(
        ex, text) == {"Teresita \"Tess\" Mabanta": ["the bloc had not chosen a candidate"]}


def test_the_person_whose_turn_it_was_says_the_next_he_said(ex):
    text = ("The minister spoke first. \"We will lend, but not give,\" Treasurer Owen Radley said.\n\n"
            "Beside him sat the plant's chief executive, Mark Okafor.\n\n"
            "Then it was Mr Okafor's turn, and he did not hide his worry.\n\n"
            "\"Without a loan we close in March,\" he said.\n")
    got = groups(ex, text)
    assert got["Mark Okafor"] == ["Without a loan we close in March,"]


def test_the_person_asked_a_question_answers_the_next_she_said(ex):
    text = ("\"We have made our offer,\" Premier Joanne Keel said.\n\n"
            "Analyst Rita Baumann said prices had fallen. \"The plant is too costly,\" she said.\n\n"
            "The briefing ended when Ms Keel was asked whether she would resign.\n\n"
            "\"I will not answer that,\" she said.\n")
    got = groups(ex, text)
    assert got["Joanne Keel"] == ["We have made our offer,", "I will not answer that,"]


def test_the_company_is_not_a_person_known_by_one_surname(ex):
    text = ("Union leader Wilson Huaman Quilla arrived early.\n\n"
            "\"We come with empty pockets,\" Huaman told reporters.\n\n"
            "The mine's owner has sent out a statement. The company said it wanted an agreement.\n")
    got = groups(ex, text)
    assert got.get("Wilson Huaman Quilla", got.get("Huaman")) == ["We come with empty pockets,"]


def test_a_bodys_name_with_a_comma_list_and_its_initials_stays_whole(ex):
    text = ("The National Union of Ports, Shipping and Allied Workers (NUPSAW) said in a statement that it would "
            "oppose any job cuts.\n")
    assert list(groups(ex, text)) == ["National Union of Ports, Shipping and Allied Workers"]


def test_a_lede_leader_is_the_union_head_named_three_paragraphs_on(ex):
    text = ("HARARE, May 2 (Reuters) - Talks to end a rail strike stalled on Tuesday, with the main union's leader "
            "saying management had offered nothing new.\n\n"
            "About 900 workers walked off the job last week.\n\n"
            "The Rail Workers Union (RWU) wants all arrears paid first.\n\n"
            "\"They brought the same paper,\" RWU Secretary-General Tendai Moyo told reporters.\n")
    got = groups(ex, text)
    assert "main union's leader" not in got and "Tendai Moyo" in got


def test_the_bodys_two_word_role_is_the_person_with_that_role_of_its_name(ex):
    text = ("LUSAKA, June 3 (Reuters) - The union's leader said wages were unpaid, and the railway's managing "
            "director said the authority expected a deal.\n\n"
            "\"We want our money,\" union leader Grace Tembo said.\n\n"
            "\"We have moved a long way,\" ZRL Managing Director Peter Banda said.\n")
    got = groups(ex, text)
    assert "railway's managing director" not in got and "Peter Banda" in got


def test_a_surname_opening_with_a_glottal_stop_is_the_full_names(ex):
    text = ("Viliami ʻUlufonua, who runs three boats, said the quota was unfair.\n\n"
            "\"They decided before we sat down,\" ʻUlufonua said.\n")
    assert list(groups(ex, text)) == ["Viliami ʻUlufonua"]


def test_the_union_is_not_a_confederation_named_later_when_a_union_was_named_before(ex):
    text = ("\"We walked out,\" Nodar Beridze, chairman of the Batumi Dock Workers' Trade Union, told reporters.\n\n"
            "In a post on its page, the union said its members were ready to negotiate.\n\n"
            "The Georgian Trade Unions Confederation called on the government to appoint a mediator.\n")
    got = groups(ex, text)
    assert got.get("Georgian Trade Unions Confederation") == ["to appoint a mediator"]


def test_the_city_speaks_for_the_city_government_named_before(ex):
    text = ("The operator has offered 20 new hires. Ansan City, which owns the line, has not said whether it will "
            "pay.\n\nIn a text message, the city said it was \"prepared to review additional funding\".\n")
    assert groups(ex, text).get("Ansan City") == ["prepared to review additional funding"]


def test_leaders_of_a_list_of_parties_are_the_parties_together(ex):
    text = ("KATHMANDU — Leaders of the Madhesh Alliance, the Janata Party and the Loktantrik Forum (LF) said on "
            "Thursday they had agreed in principle to form a coalition.\n")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert [g[0] for g in speakers] == []
    assert [g[0] for g in positions] == ["Leaders of the Madhesh Alliance, the Janata Party and the Loktantrik Forum"]


def test_the_city_is_no_body_named_by_initials_only():
    from stance.body_fit import fit

    assert fit("city", "MVM", "named") == 0
    assert fit("city", "Gimpo City", "named") == 2


