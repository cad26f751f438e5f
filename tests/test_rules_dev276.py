"""Speaker rules from dev276-dev279 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_the_two_countries_ministers_are_spoken_of_together(ex):
    from stance.positions import is_joint

    assert is_joint("the two countries’ energy ministers")
    text = ("Gas talks\n\n"
            "DAKAR — Senegal and Gambia have agreed on \"the broad outline\" of a gas deal but have yet to settle the "
            "price, the two countries' energy ministers told a joint press conference on Thursday.\n\n"
            "\"We are close,\" said Awa Diop, Senegal's energy minister.\n")
    assert list(groups(ex, text)) == ["Awa Diop"]
