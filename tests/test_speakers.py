"""Speaker resolution, alias merging and the seed article (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.appositions import split_apposition
from stance.resolve import Resolver
from stance.speakers import speaker_kind, strip_name

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples"



def test_name_helpers():
    assert strip_name("Political expert Azer Gasimli") == "Azer Gasimli"
    assert strip_name("Mr. Trump") == "Trump"
    assert split_apposition("Matthew Miller, spokesperson for the U.S. State Department") == (
        "Matthew Miller",
        ("spokesperson for the U.S. State Department",),
    )
    assert speaker_kind("the Azerbaijani Ministry of Foreign Affairs") == "group"
    assert speaker_kind("Matthew Miller") == "person"


def test_resolver_merges_surname_and_role():
    r = Resolver()
    a = r.resolve("Matthew Miller, spokesperson for the U.S. State Department", 0)
    assert r.resolve("Miller", 50) is a
    assert r.resolve("the spokesperson", 90) is a
    assert r.resolve("he", 120) is a
    assert a.canonical == "Matthew Miller"


def test_pronoun_resolution_in_text(ex):
    text = "Political expert Azer Gasimli praised the plan. However, he expressed doubts about the talks."
    quotes = ex.extract(text)
    assert [q.speaker for q in quotes] == ["Azer Gasimli", "Azer Gasimli"]
    assert quotes[1].speaker_mention == "he"
    assert text[quotes[1].speaker_start : quotes[1].speaker_end] == "he"


def test_group_merges_aliases(ex):
    text = (
        'Matthew Miller, spokesperson for the U.S. State Department, said, "We support the talks."\n\n'
        '"They must continue," Miller told reporters.'
    )
    groups = ex.group(ex.extract(text))
    assert len(groups) == 1
    name, aliases, quotes = groups[0]
    assert name == "Matthew Miller" and len(quotes) == 2
    assert "spokesperson for the U.S. State Department" in aliases


def test_unattributed_quote_not_grouped(ex):
    quotes = ex.extract('The banner, "peace now and forever more", hung in red.')
    assert all(q.speaker is None for q in quotes)
    assert ex.group(quotes) == []


def _covered(expected: str, article: str, quotes) -> bool:
    at = article.find(expected)
    assert at >= 0, expected
    span = (at, at + len(expected))
    for q in quotes:
        overlap = min(span[1], q.end) - max(span[0], q.start)
        if overlap >= 0.5 * len(expected):
            return True
    return False


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/examples not available")
def test_seed_article(ex):
    article = (SEED / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((SEED / "seed-expected.json").read_text(encoding="utf-8"))["speakers"]
    groups = ex.group(ex.extract(article))
    names = {s["speaker"]: {s["speaker"], *s["aliases"]} for s in expected}

    def owner(name):
        if name in names:
            return name
        return next((k for k, v in names.items() if name in {a.removeprefix("the ") for a in v} | v), None)

    for name, _, _ in groups:  # no invented speaker
        assert owner(name) is not None, name
    for spk in expected:
        mine = [q for name, _, qs in groups if owner(name) == spk["speaker"] for q in qs]
        assert mine, spk["speaker"]
        for text in spk["quotes"]:
            assert _covered(text, article, mine), (spk["speaker"], text)


def test_an_age_after_a_name_is_no_alias():
    assert split_apposition("assembler Luis Ortega, 44") == ("assembler Luis Ortega", ())
    assert split_apposition("UN envoy Ingrid Holm, aged 61") == ("UN envoy Ingrid Holm", ())
    assert split_apposition("Erik Sand, 44, a labor economist") == ("Erik Sand", ("a labor economist",))


def test_a_name_ending_in_initials_keeps_its_last_dot():
    assert strip_name("the U.N.") == "U.N."
    assert strip_name("Jane Doe.") == "Jane Doe"
    assert strip_name("Mr. Trump.") == "Trump"


def test_two_titled_names_are_both_kept():
    assert strip_name("Dr Ellen Marsh and Dr Tom Fielding") == "Ellen Marsh and Tom Fielding"
    assert strip_name("Senator Jane Roe and John Doe") == "Jane Roe and John Doe"
    assert strip_name("Mr Smith and Mr Jones") == "Smith and Jones"


def test_a_name_is_shown_with_the_possessives_the_text_wrote():
    from stance.speakers import as_written

    text = "Britain\u2019s fisheries minister walked out. BMA Scotland's chair stayed."
    assert as_written("Britain fisheries minister", text) == "Britain\u2019s fisheries minister"
    assert as_written("BMA Scotland", text) == "BMA Scotland"  # the last word's possessive is no part of it
    assert as_written("Jane Doe", text) == "Jane Doe"


def test_a_role_speaker_keeps_the_possessive_and_still_groups(ex):
    text = ("Britain's fisheries minister walked out of the talks on Friday, saying Oslo had refused to budge. "
            "Later Britain's fisheries minister said the door remained open.")
    assert [(name, len(qs)) for name, _, qs in ex.group(ex.extract(text))] == [("Britain's fisheries minister", 2)]
