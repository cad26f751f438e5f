"""Speaker rules from dev76-dev79 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_party_that_has_asked_for_something_is_a_position(ex):
    text = ("The drivers' union has asked for a seat at the talks. The ministry has asked the council for more time. "
            "The council's leader, Anna Berg, said a deal was close.\n")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert {name for name, _, _ in speakers} == {"Anna Berg"}
    assert len(positions) == 2


def test_in_a_joint_statement_they_said_is_the_joint_statement(ex):
    text = ("The two parties met on Thursday. In a joint statement, they said they had held \u201cconstructive "
            "initial discussions\u201d and would meet again on Monday.\n")
    got = groups(ex, text)
    assert set(got) == {"joint statement"}


def test_he_is_not_a_place_named_in_the_speaker_s_own_sentence(ex):
    text = ("Ferrante said on Sunday the offer would hurt irrigation towns such as Kerang, Cohuna and Pyramid Hill.\n\n"
            "\u201cThis proposal is dead on arrival,\u201d he said.\n")
    got = groups(ex, text)
    assert set(got) == {"Ferrante"}
    assert len(got["Ferrante"]) == 2
