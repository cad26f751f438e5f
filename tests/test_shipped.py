"""End-to-end tests of the shipped model (issue 2): the demo article and the seed article."""

from __future__ import annotations

import json

import pytest

import stance

pytestmark = pytest.mark.shipped


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("the ", "").split())


def _match(expected: dict, speakers) -> list:
    names = {_norm(n) for n in [expected["speaker"], *expected.get("aliases", [])]}
    return [s for s in speakers if _norm(s.speaker) in names or names & {_norm(a) for a in s.aliases}]


def _covered(quote: str, found) -> bool:
    q = set(quote.lower().split())
    return any(len(q & set(f.text.lower().split())) >= 0.5 * len(q) for f in found)


def test_seed_article_speakers_found_and_quotes_located(shipped_predictor, shared_dir):
    text = (shared_dir / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((shared_dir / "examples" / "seed-expected.json").read_text(encoding="utf-8"))
    result = shipped_predictor.predict(text, expected["target"])
    for exp in expected["speakers"]:
        matches = _match(exp, result.speakers)
        assert matches, f"speaker {exp['speaker']!r} not found in {[s.speaker for s in result.speakers]}"
        quotes = [q for s in matches for q in s.quotes]
        for quote in exp["quotes"]:
            assert _covered(quote, quotes), f"{exp['speaker']}: quote not covered: {quote[:60]!r}"
    for s in result.speakers:
        assert any(_match(e, [s]) for e in expected["speakers"]), f"invented speaker {s.speaker!r}"
        for q in s.quotes:
            assert text[q.start:q.end] == q.text


def test_seed_article_labels_within_acceptable(shipped_predictor, shared_dir):
    """Reports the share of acceptable stance labels; most speakers must be right."""
    text = (shared_dir / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((shared_dir / "examples" / "seed-expected.json").read_text(encoding="utf-8"))
    result = shipped_predictor.predict(text, expected["target"])
    ok = [any(s.stance in exp["stance"] for s in _match(exp, result.speakers)) for exp in expected["speakers"]]
    assert sum(ok) >= 4, f"only {sum(ok)} of 6 seed speakers have an acceptable stance"


def test_demo_article_end_to_end(shipped_predictor, demo_article):
    result = shipped_predictor.predict(demo_article, "direct talks between Sudan and South Sudan on Abyei")
    assert len(result.speakers) >= 5
    for s in result.speakers:
        assert s.stance in stance.STANCE_LABELS
        for q in s.quotes:
            assert demo_article[q.start:q.end] == q.text


def test_shipped_model_reads_the_target(shipped_predictor):
    stmts = ["Direct negotiations are the only way to end this war, and we are ready to start tomorrow.",
             "These talks are a charade; the other side has not answered our proposal in two months."]
    real = shipped_predictor.classify(stmts, "peace talks between the two governments")
    swapped = shipped_predictor.classify(stmts, "a ban on plastic bags")
    assert [q.stance for q in real] == ["support", "skeptical"]
    assert all(q.stance == "neutral" for q in swapped)
