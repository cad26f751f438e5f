"""Speaker rules from dev108-dev111 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_senior_figure_is_a_person_not_a_number(ex):
    text = ("One senior GAA figure with knowledge of the talks said the players' body had moved the goalposts three "
            "times since Christmas.\n")
    assert speakers(ex, text) == ["One senior GAA figure with knowledge of the talks"]


def test_a_person_introduced_with_an_age_inside_a_clause_is_the_he_that_follows(ex):
    text = ("Sami Khoury, head of the employees' league, said the league was ready to talk.\n\n"
            "At the land registry in Baabda, where Georges Haddad, 52, has worked for 26 years, the counters have been "
            "empty for a fortnight.\n\n"
            "\u201cI want to know one thing: do I come to work on Monday or not?\u201d he said.\n")
    got = groups(ex, text)
    assert got.get("Georges Haddad") == ["I want to know one thing: do I come to work on Monday or not?"]


def test_one_merchant_opens_the_next_he_said(ex):
    text = ("Bruno Castagnet, who leads the growers' collective, said the growers would not wait.\n\n"
            "One merchant, who runs a mid-sized house in Libourne and asked not to be named, was more conciliatory.\n\n"
            "\u201cPrivately, most of us know we need some kind of reference price,\u201d he said.\n")
    got = groups(ex, text)
    assert got.get("One merchant") == ["Privately, most of us know we need some kind of reference price,"]


def test_the_source_after_an_unnamed_person_is_that_person(ex):
    text = ("One senior GAA figure with knowledge of the talks said the players' body had \u201cmoved the goalposts\u201d."
            "\n\n\u201cI can\u2019t see a deal before the league finals,\u201d the source said.\n")
    assert speakers(ex, text) == ["One senior GAA figure with knowledge of the talks"]
