"""Speaker rules from dev284-dev287 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_possessive_after_of_is_part_of_a_bodys_name(ex):
    text = ("Veterans talks\n\n"
            "The two governments agreed to recognise each other's service records, the Ministry of Veterans’ Affairs "
            "and Pensions said on Friday.\n\n"
            "The ministry said the next round would be held in March.\n")
    found = groups(ex, text)
    assert list(found) == ["Ministry of Veterans’ Affairs and Pensions"]
    assert len(found["Ministry of Veterans’ Affairs and Pensions"]) == 2


def test_who_was_quoted_as_saying_is_the_person_before_it(ex):
    text = ("Ferry talks\n\n"
            "The island's delegation was led by its chief negotiator, Tomasi Vunivalu, who was quoted in the council's "
            "bulletin as saying: \"We came for a timetable and we will not leave without one.\"\n")
    found = groups(ex, text)
    assert list(found) == ["Tomasi Vunivalu"]


def test_a_description_of_the_body_a_role_names_is_not_the_persons_alias(ex):
    text = ("Pension talks\n\n"
            "Ilse Marent, vice-president of the Union Nationale du Travail (UNT), the biggest union, said her "
            "members would not accept a later retirement age. \"We will walk out,\" Marent said.\n\n"
            "The Confédération Générale du Travail (CGT) went further. In a statement issued on Monday, the union "
            "said it \"rejects the reform as a whole\".\n")
    found = groups(ex, text)
    assert set(found) == {"Ilse Marent", "Confédération Générale du Travail"}
    assert len(found["Ilse Marent"]) == 2


def test_an_interviewers_question_may_report_a_third_party(ex):
    text = ("Fence talks: the chief's view\n\n"
            "Paul Obame, 58, speaks for the villages at the talks. The interview has been edited for length.\n\n"
            "Q: The park agency says it will fence eight villages this year. Is that enough?\n\n"
            "A: Eight is a start. There are twenty villages on this side of the park.\n\n"
            "Q: What happens if the talks fail?\n\n"
            "A: Then the young men will stop listening to me.\n")
    found = groups(ex, text)
    assert "Paul Obame" in found and len(found["Paul Obame"]) == 2
    assert any("agency" in name.lower() for name in found)
