"""Speaker rules from dev228-dev231 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_union_named_by_its_acronym_is_not_the_company_quoted_before(ex):
    text = ("Postal strike\n\n"
            "CTT said it had made its final offer.\n\n"
            "The smaller SNTP union struck a softer tone, saying in a statement that it was open to a phased increase.\n\n"
            "The union said it would not strike before Christmas.\n")
    got = groups(ex, text)
    assert got["CTT"] == ["it had made its final offer"]
    union = next(name for name in got if "SNTP" in name)  # "the union" after it is that union again
    assert got[union] == ["that it was open to a phased increase", "it would not strike before Christmas"]
