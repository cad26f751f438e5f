"""Speaker rules from dev280-dev283 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_host_named_in_brackets_after_anchor_is_the_host_under_the_surname_too(ex):
    text = ("EVENING NEWS: bakery franchise talks\n\n"
            "ANCHOR (NAOMI TAKEDA): Good evening. Talks between the bakery chain Komugi and its franchise owners resumed "
            "today. Our reporter Kenji Sato is outside the headquarters.\n\n"
            "SATO: Naomi, the owners came out after four hours and they were not happy.\n\n"
            "HIROSHI MORI, FRANCHISE OWNERS' UNION: We asked for a smaller royalty. They offered us a smaller bonus. "
            "That is not the same thing.\n\n"
            "TAKEDA: Kenji, what is the company saying tonight?\n\n"
            "SATO: The company says it will reply in writing by Friday.\n\n"
            "TAKEDA: And the city has been drawn in as well.\n\n"
            "SATO: The mayor met both sides on Monday.\n\n"
            "TAKEDA: Kenji Sato there. Turning now to the weather.\n")
    found = groups(ex, text)
    assert not any(name.upper().endswith("TAKEDA") for name in found)
    assert any(name.lower() == "hiroshi mori" for name in found)
