"""Speaker rules from dev96-dev99 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_possessor_s_role_and_its_holder_open_the_sentence(ex):
    text = ("Minister for Education Ciara Moynihan said she was confident of an agreement.\n\n"
            "\u201cI would urge everyone to stay at the table,\u201d the minister said.\n\n"
            "Sinn Féin\u2019s spokesperson on education Caoimhe Ní Bhriain was scathing.\n\n"
            "\u201cThese talks are a box-ticking exercise,\u201d the Galway West TD said.\n")
    got = groups(ex, text)
    assert got.get("Caoimhe Ní Bhriain") == ["These talks are a box-ticking exercise,"]
    assert len(got["Ciara Moynihan"]) == 2
