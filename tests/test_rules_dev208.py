"""Speaker rules from dev208-dev211 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_person_introduced_inside_the_speakers_own_sentence_is_not_the_next_she(ex):
    text = ("Kim So-yeon, the ministry's deputy spokesperson, told a briefing on Monday that the delegation would be "
            "led by Choi Dong-hyun, the ministry's director-general for cooperation. She said the meeting would begin "
            "at 10am.\n\n"
            "Choi, the chief delegate, has said he will propose a hotline.\n\n"
            "\"We go in with our hands open,\" he told reporters.\n")
    got = groups(ex, text)
    assert got["Kim So-yeon"][-1] == "the meeting would begin at 10am"
    assert got["Choi Dong-hyun"][-1] == "We go in with our hands open,"

