"""Speaker rules from dev212-dev215 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_given_name_and_patronymic_is_the_person_of_that_given_name(ex):
    text = ("TATIANA MELNIKOVA, DEPUTY AKIM, KOSTANAY REGION: \"The region will not leave the city without heat.\"\n\n"
            "ANCHOR: Tatiana Sergeyevna, as everyone at the akimat calls her, also said the region was prepared to "
            "pay for repairs.\n")
    assert len(groups(ex, text)) == 1
