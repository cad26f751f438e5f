"""Speaker rules from dev132-dev135 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_bare_spokesperson_speaks_for_the_body_the_sentence_before_names(ex):
    text = ("Brighton Foods said the draft would add costs \"borne by families\".\n\nIts chief executive has not "
            "attended a session since January.\n\nThe Federation of Grocery Retailers, which speaks for the chains "
            "collectively, was more guarded. A spokesperson said the federation \"does not comment on private "
            "discussions\".\n")
    assert "Federation of Grocery Retailers" in groups(ex, text)


def test_a_first_name_the_speaker_asked_to_be_used_is_their_name(ex):
    text = ("A 31-year-old man from Lagos, Nigeria, who asked that only his first name, Tunde, be used because his "
            "claim is still being decided, said he had traveled to Belfast by air.\n")
    assert list(groups(ex, text)) == ["Tunde"]


def test_a_first_name_given_so_makes_a_person_of_an_ia_name(ex):
    text = ("The minister, Fitzroy Baptiste, said the talks were \"a stunt\".\n\n\"We sleep on the floor when they "
            "start shooting,\" said a 61-year-old vendor, who asked that only her first name, Marcia, be used.\n\n"
            "She said she had not let her grandchildren walk to school alone since March.\n")
    assert any("grandchildren" in q for q in groups(ex, text)["Marcia"])


def test_the_government_is_no_company_with_a_short_form(ex):
    text = ("CONAKRY, April 21 (Reuters) - Guinea's government gave the miner Kindia Bauxite Company (KBC) until June "
            "to agree a timetable.\n\nIn a statement, the government said the next session would be held on May 12.\n")
    assert "Kindia Bauxite Company" not in groups(ex, text)


def test_a_secretariat_general_is_a_body_not_a_general(ex):
    text = ("Fahad Al-Harbi, the Gulf secretariat's chief negotiator, was more measured. The chapters were "
            "\"technical\", he said.\n\nLater, the GCC Secretariat General said in a statement that the round had been "
            "\"productive\".\n")
    assert list(groups(ex, text)) == ["Fahad Al-Harbi", "GCC Secretariat General"]


def test_the_teacher_is_the_schoolteacher_quoted_before(ex):
    text = ("A secondary schoolteacher, who asked not to be named, said there had been three peace ceremonies since "
            "2019.\n\n\"The pigs are killed, the money is shared, and within a month they are fighting again,\" the "
            "teacher said.\n")
    assert len(groups(ex, text)) == 1
