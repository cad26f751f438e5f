"""Speaker rules from dev60-dev63 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_verb_hung_on_the_object_of_a_relative_clause_belongs_to_the_clause_owner(ex):
    text = ("Dr Aoife Brennan, a marine biologist who chairs the campaign group Save Lough Erne, called public "
            "ownership \u201clong overdue\u201d.\n")
    got = groups(ex, text)
    assert set(got) == {"Aoife Brennan"}


def test_it_after_a_body_noun_opening_its_sentence_is_that_body(ex):
    text = (
        "Officials from the Department of Housing, Local Government and Heritage (DHLGH) met the developers on "
        "Monday.\n\n"
        "In a statement, DHLGH said that the talks would resume in June.\n\n"
        "The department \u201cdoes not comment on commercial negotiations\u201d, it added.\n"
    )
    got = groups(ex, text)
    assert set(got) == {"Department of Housing, Local Government and Heritage"}
    assert len(got["Department of Housing, Local Government and Heritage"]) == 2
