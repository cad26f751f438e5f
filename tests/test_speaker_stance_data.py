"""The human labels of tests/data/articles (issue 5, "real news" goal): every gold file has a target
and one valid stance and sentiment per speaker (LABELS.md); the speaker benchmark's helpers work
without a model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.types import SENTIMENT_LABELS, STANCE_LABELS

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-expected.json"
GOLD = sorted(ARTICLES.glob("*.json"))


def test_every_labelled_article_has_its_text_and_a_set():
    from benchmarks.speakers import set_of

    assert len(GOLD) == 2520
    assert all(p.with_suffix(".txt").is_file() for p in GOLD)
    assert all(set_of(p.name) for p in GOLD), "every article is in one set of benchmarks/speakers.py SETS"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_file_labels(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert set(gold) == {"target", "speakers"}
    assert isinstance(gold["target"], str) and len(gold["target"].split()) >= 3, "target must name the talks"
    talks = ("talks", "negotiation", "dialogue", "consultations", "discussions", "bargaining", "peace process")
    assert any(w in gold["target"].lower() for w in talks)
    assert gold["speakers"], "no speakers"
    names = [s["speaker"] for s in gold["speakers"]]
    assert len(names) == len(set(names)), "duplicate speaker"
    for s in gold["speakers"]:
        where = f"{path.name}: {s.get('speaker')!r}"
        assert set(s) <= {"speaker", "aliases", "quotes", "stance", "sentiment", "note"}, where
        assert s["stance"] in STANCE_LABELS, f"{where}: stance {s.get('stance')!r}; valid: {STANCE_LABELS}"
        assert s["sentiment"] in SENTIMENT_LABELS, f"{where}: sentiment {s.get('sentiment')!r}"
        assert isinstance(s.get("note", ""), str), where
        assert isinstance(s["aliases"], list), where
        assert s["quotes"] and all(q in text for q in s["quotes"]), f"{where}: a quote is not in the article"


def test_every_label_is_used():
    speakers = [s for p in GOLD for s in json.loads(p.read_text(encoding="utf-8"))["speakers"]]
    assert {s["stance"] for s in speakers} == set(STANCE_LABELS)
    assert {s["sentiment"] for s in speakers} == set(SENTIMENT_LABELS)


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/examples is not there")
def test_seed_expected_lists():
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    assert gold["target"]
    for s in gold["speakers"]:
        assert s["stance"] and set(s["stance"]) <= set(STANCE_LABELS)
        assert s["sentiment"] and set(s["sentiment"]) <= set(SENTIMENT_LABELS)


# -- the benchmark's helpers, no model ---------------------------------------------------------------
def test_benchmark_loads_and_builds_statements():
    from benchmarks.speaker_stance import load_articles, statements

    arts = load_articles(seed=False)
    assert len(arts) == 2520 and all(a.target for a in arts)
    speakers, stmts, owner, targets = statements(arts)
    assert len(stmts) == len(owner) == len(targets) == sum(len(s.quotes) for s in speakers)
    assert all(s.text in s.context for s in stmts)
    assert all(s.speaker for s in stmts)


def test_benchmark_aggregation_and_scoring():
    pytest.importorskip("sklearn")
    from benchmarks.speaker_stance import Speaker, aggregate, score, swap_share
    from stance.types import QuoteStance

    def q(st, se):
        return QuoteStance("x", max(st, key=st.get), max(se, key=se.get), st, se, 0.5)

    sup = q({"support": 0.7, "skeptical": 0.1, "neutral": 0.2}, {"positive": 0.6, "negative": 0.1, "neutral": 0.3})
    neu = q({"support": 0.1, "skeptical": 0.1, "neutral": 0.8}, {"positive": 0.1, "negative": 0.1, "neutral": 0.8})
    preds = aggregate([sup, sup, neu, neu], [0, 0, 0, 1], 2)  # mean .5/.1/.4 -> support; .8 neutral
    assert preds == [("support", "neutral"), ("neutral", "neutral")]  # sentiment .43/.1/.47
    gold = [Speaker("a", "A", ["x"] * 3, ["support"], ["negative", "neutral"]),
            Speaker("a", "B", ["x"], ["skeptical"], ["neutral"])]
    r = score(gold, preds)
    assert r["stance"]["accuracy"] == 0.5 and r["sentiment"]["accuracy"] == 1.0  # a listed label counts
    assert r["stance"]["confusion"] == [[1, 0, 0], [0, 0, 1], [0, 0, 0]]
    assert r["sentiment"]["macro_f1"] < 1.0  # but macro-F1 takes the first listed label as gold
    assert score(gold, [preds[0], None])["speakers"] == 1
    sw = swap_share(gold, preds, [("neutral", "neutral"), ("neutral", "neutral")])
    assert sw == {"opinionated": 1, "became_neutral": 1, "share": 1.0}


def test_a_subset_speaker_run_leaves_the_full_results_alone(tmp_path, monkeypatch, capsys):
    import benchmarks.speakers as sp

    monkeypatch.setattr(sp, "RESULTS", tmp_path)
    assert sp.main(["--sets", "seed"]) == 0
    assert not list(tmp_path.iterdir())  # no speakers.md / .json written for a subset
    sp.main(["--sets", "seed", "--out", "subset"])
    assert (tmp_path / "subset.md").is_file()
