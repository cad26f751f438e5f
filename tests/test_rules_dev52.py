"""Speaker rules from dev52-dev55 (issue 3). One short text written for the project per rule; each fails on the
code before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_role_opening_a_sentence_with_a_titled_name_in_apposition_is_that_person(ex):
    text = (
        "The head of the Chilean delegation, Codelco deputy director Marta Quiroga, was less "
        "hopeful. The company had \"waited long enough,\" she told the radio station before the session.\n\n"
        "\"We can sign on Friday if the tax is fixed,\" Quiroga said later.\n"
    )
    got = groups(ex, text)
    assert set(got) == {"Marta Quiroga"}
    assert len(got["Marta Quiroga"]) == 2
