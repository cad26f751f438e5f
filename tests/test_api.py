"""The public API shape (issue 2): predict, predict_many, classify, load, result types."""

from __future__ import annotations

import dataclasses
import json
import sys

import pytest

import stance
from stance import ArticleStance, QuoteStance, Statement
from stance.targets import article_target

TARGET = "direct talks between Sudan and South Sudan on the Abyei region"


def test_import_does_not_pull_training_dependencies():
    import subprocess

    code = "import stance, sys; print(sorted(m for m in ('datasets','evaluate','sklearn','accelerate','training') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_all_is_explicit():
    for name in ("predict", "predict_many", "classify", "load", "Predictor", "ArticleStance", "SpeakerStance",
                 "Quote", "QuoteStance", "Statement", "__version__"):
        assert name in stance.__all__
        assert hasattr(stance, name)


def test_predict_dict_shape_and_offsets(tiny_predictor, demo_article):
    result = tiny_predictor.predict(demo_article, TARGET)
    assert isinstance(result, ArticleStance)
    d = result.to_dict()
    assert d["target"] == TARGET
    assert d["speakers"], "the demo article has quoted speakers"
    for sp in d["speakers"]:
        assert set(sp) >= {"speaker", "aliases", "stance", "sentiment", "confidence", "stance_scores",
                           "sentiment_scores", "quotes"}
        assert sp["stance"] in stance.STANCE_LABELS and sp["sentiment"] in stance.SENTIMENT_LABELS
        assert list(sp["stance_scores"]) == list(stance.STANCE_LABELS)
        assert abs(sum(sp["stance_scores"].values()) - 1) < 1e-5
        assert abs(sum(sp["sentiment_scores"].values()) - 1) < 1e-5
        assert sp["confidence"] == pytest.approx(sp["stance_scores"][sp["stance"]])
        for q in sp["quotes"]:
            assert demo_article[q["start"]:q["end"]] == q["text"]
            assert q["kind"] in ("direct", "indirect")
            assert set(q) >= {"cue", "stance", "sentiment", "stance_scores", "sentiment_scores", "speaker_start",
                              "speaker_end", "cue_start", "cue_end"}
            assert all(isinstance(v, float) for v in q["stance_scores"].values())
    json.loads(result.to_json())


def test_results_are_frozen(tiny_predictor, demo_article):
    result = tiny_predictor.predict(demo_article)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.target = "x"
    assert result.target == article_target(demo_article)  # no target given: the article's headline names the talks


def test_predict_rejects_list_and_names_predict_many(tiny_predictor):
    with pytest.raises(TypeError, match="predict_many"):
        tiny_predictor.predict(["a", "b"])


def test_predict_many_list_and_generator_same_order(tiny_predictor, demo_article):
    texts = [demo_article, "No quotes here at all.", demo_article[:900], ""]
    from_list = tiny_predictor.predict_many(texts, TARGET)
    from_gen = tiny_predictor.predict_many((t for t in texts), TARGET)
    assert len(from_list) == len(texts) == len(from_gen)
    assert [r.to_dict() for r in from_list] == [r.to_dict() for r in from_gen]
    single = [tiny_predictor.predict(t, TARGET) for t in texts]
    for a, b in zip(from_list, single):
        assert [s.speaker for s in a.speakers] == [s.speaker for s in b.speakers]
        for sa, sb in zip(a.speakers, b.speakers):
            for k in sa.stance_scores:
                assert sa.stance_scores[k] == pytest.approx(sb.stance_scores[k], abs=1e-4)


def test_predict_many_one_target_per_text(tiny_predictor, demo_article):
    out = tiny_predictor.predict_many([demo_article, demo_article], ["talks A", None])
    assert out[0].target == "talks A"
    assert out[1].target == article_target(demo_article)
    with pytest.raises(ValueError, match="2 texts but 3 targets"):
        tiny_predictor.predict_many([demo_article, demo_article], ["a", "b", "c"])


def test_classify_accepts_strings_statements_and_dicts(tiny_predictor):
    stmts = ["We are ready to talk.", Statement("no talks", context='He said "no talks" today.', speaker="He"),
             {"text": "the process is frozen", "speaker": "the envoy"}]
    out = tiny_predictor.classify(stmts, TARGET)
    assert len(out) == 3 and all(isinstance(q, QuoteStance) for q in out)
    assert [q.text for q in out] == ["We are ready to talk.", "no talks", "the process is frozen"]
    d = out[0].to_dict()
    assert set(d) >= {"stance", "sentiment", "stance_scores", "sentiment_scores"}
    assert abs(sum(d["sentiment_scores"].values()) - 1) < 1e-5


def test_classify_per_statement_targets_and_errors(tiny_predictor):
    out = tiny_predictor.classify(["a", "b"], ["t1", "t2"])
    assert len(out) == 2
    with pytest.raises(ValueError, match="2 statements but 1 targets"):
        tiny_predictor.classify(["a", "b"], ["t1"])
    with pytest.raises(TypeError, match=r"statements\[1\] is NoneType"):
        tiny_predictor.classify(["a", None])
    with pytest.raises(TypeError, match="single str"):
        tiny_predictor.classify("one statement")
    with pytest.raises(TypeError, match="unexpected keyword"):
        tiny_predictor.classify(["a"], top_k=2)


def test_classify_empty_list(tiny_predictor):
    assert tiny_predictor.classify([]) == []


def test_load_errors_name_the_path(tmp_path):
    with pytest.raises(stance.ModelLoadError, match=str(tmp_path / "nope")):
        stance.load(str(tmp_path / "nope"), device="cpu")


def test_extract_returns_unlabelled_quotes(tiny_predictor, demo_article):
    quotes = tiny_predictor.extract(demo_article)
    assert quotes and all(q.label is None for q in quotes)
    d = quotes[0].to_dict()
    assert "stance" not in d and {"speaker_start", "speaker_end", "cue_start", "cue_end"} <= set(d)


def test_extractor_choice(tiny_model_dir, demo_article):
    with pytest.raises(ValueError, match="Available"):
        stance.load(str(tiny_model_dir), device="cpu", extractor="neural")
    from conftest import REPO

    if not (REPO / "models" / "attribution-tagger" / "tagger_config.json").is_file():
        pytest.skip("no shipped tagger")
    p = stance.load(str(tiny_model_dir), device="cpu", extractor="tagger")
    result = p.predict(demo_article)
    assert result.speakers
    for s in result.speakers:
        for q in s.quotes:
            assert demo_article[q.start:q.end] == q.text
