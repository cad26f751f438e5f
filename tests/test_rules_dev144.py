"""Speaker rules from dev144-dev147 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_provincial_assembly_member_is_a_person_the_next_he_is(ex):
    text = ("\"Their markets are for paper,\" said Nazeer Ahmed, who owns six pickups in Kech district.\n\nNational Party "
            "MPA Mir Hammal Rind said the federal government had once again ignored the border.\n\n\"Not a single "
            "elected representative from Kech was invited,\" he told Dawn.\n")
    assert groups(ex, text)["Mir Hammal Rind"][-1] == "Not a single elected representative from Kech was invited,"


def test_a_canadian_department_that_lists_its_remits_is_one_body(ex):
    text = ("Ottawa has been quieter. A spokesperson for Innovation, Science and Economic Development Canada said the "
            "department was \"following the discussions closely\".\n")
    assert list(groups(ex, text)) == ["Innovation, Science and Economic Development Canada"]


def test_a_company_a_trade_noun_and_a_participle_describe_is_the_company(ex):
    text = ("Skarvik Energi AB, the Swedish battery maker building a cell plant in Bécancour, is in talks with Quebec.\n\n"
            "Quebec's economy minister said any new money would need \"a credible plan\".\n\nThe company said it had "
            "enough cash to fund operations through the third quarter.\n")
    assert groups(ex, text)["Skarvik Energi AB"] == ["it had enough cash to fund operations through the third quarter"]
