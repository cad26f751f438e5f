"""Speaker rules from dev236-dev239 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_present_tense_verb_of_manner_after_a_quote_attributes_it(ex):
    text = ("Citrus contract talks\n\n"
            "Lucía Ferrer Puig, 34, took over her father's groves in Carcaixent three years ago.\n\n"
            "\"My father tells me I am mad,\" she laughs. \"But if this contract comes, I will know what my fruit is "
            "worth.\"\n")
    assert groups(ex, text)["Lucía Ferrer Puig"] == [
        "My father tells me I am mad,", "But if this contract comes, I will know what my fruit is worth."]
