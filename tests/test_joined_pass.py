"""The joined pass (issue 5): a speaker's quotes joined into one statement, classified once, and mixed into
the summed quote scores before the speaker calibration; configured by ``joined_pass`` in ``stance_config.json``."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from stance.aggregate import JOINER, combine, join_quotes, mix
from stance.model_io import JoinedPass, SpeakerCalibration, StanceConfig
from stance.types import QuoteStance

LABELS = ("support", "skeptical", "neutral")
SENTI = ("positive", "negative", "neutral")
ARTICLE = ('Talks resumed in Geneva on Monday. "We came here to reach an agreement and we will stay until we do," '
           'said Anna Berg, the chief negotiator. "Nobody wants another failed round," Berg added. '
           'The opposition leader, Omar Haddad, said the talks were "a waste of everyone\'s time".')


def _label(stance: tuple[float, float, float], senti: tuple[float, float, float] = (0.2, 0.2, 0.6)) -> QuoteStance:
    s, m = dict(zip(LABELS, stance)), dict(zip(SENTI, senti))
    return QuoteStance(text="x", stance=max(s, key=s.get), confidence=max(s.values()), stance_scores=s,
                       sentiment=max(m, key=m.get), sentiment_scores=m)


def test_mix_is_a_weighted_geometric_mean_that_stays_a_distribution():
    a, b = np.array([0.6, 0.3, 0.1]), np.array([0.1, 0.3, 0.6])
    assert mix(a, b, 0.0) is a
    assert mix(a, b, 1.0) == pytest.approx(b)
    half = mix(a, b, 0.5)
    assert half == pytest.approx(np.sqrt(a * b) / np.sqrt(a * b).sum())
    assert half.sum() == pytest.approx(1.0) and half[0] == pytest.approx(half[2])
    assert np.isfinite(mix(np.array([1.0, 0.0, 0.0]), np.array([0.0, 0.0, 1.0]), 0.5)).all()  # zeros are clipped


def test_combine_mixes_each_head_by_its_own_weight_before_the_calibration():
    labels = [_label((0.5, 0.1, 0.4), (0.6, 0.1, 0.3))]
    joined = _label((0.05, 0.85, 0.10), (0.1, 0.8, 0.1))
    plain = combine(labels, LABELS, SENTI)
    assert combine(labels, LABELS, SENTI, None, joined, None) == plain  # no pass configured: joined is ignored
    off = combine(labels, LABELS, SENTI, None, joined, JoinedPass())  # weights 0
    assert off[0] == pytest.approx(plain[0]) and off[1] == pytest.approx(plain[1])
    st, se = combine(labels, LABELS, SENTI, None, joined, JoinedPass(stance=0.5))
    assert max(st, key=st.get) == "skeptical" and se == pytest.approx(plain[1])  # sentiment weight 0: unchanged
    _, se2 = combine(labels, LABELS, SENTI, None, joined, JoinedPass(stance=0.5, sentiment=1.0))
    assert se2 == pytest.approx(joined.sentiment_scores)
    cal = SpeakerCalibration(0.5, {"neutral": 2.0})
    st_cal, _ = combine(labels, LABELS, SENTI, cal, joined, JoinedPass(stance=0.5))
    assert st_cal == pytest.approx(cal.apply(st))  # calibration on the mixed scores


def test_join_quotes_builds_the_text_of_the_training_speaker_rows():
    from training.speaker_rows import speaker_level_rows

    assert join_quotes(["a,", "b."]) == "a," + JOINER + "b."
    rows = [{"id": f"spk-01-x-s1-{k}", "text": t, "context": "c", "speaker": "X", "target": "t", "stance": "support",
             "sentiment": "neutral", "split": "train"} for k, t in enumerate(["a,", "b."])]
    assert [r["text"] for r in speaker_level_rows(rows)] == [join_quotes(["a,", "b."])]


def test_config_round_trip_and_validation(tmp_path):
    from stance.errors import ModelLoadError

    base = {"schema_version": 1, "stance_labels": list(LABELS), "sentiment_labels": list(SENTI)}
    cfg = StanceConfig.from_dict({**base, "joined_pass": {"stance": 0.5, "fitted": {"sets": ["dev24"]}}}, tmp_path)
    assert cfg.joined_pass == JoinedPass(0.5, 0.0, {"sets": ["dev24"]}) and cfg.joined_pass.active
    assert StanceConfig.from_dict(cfg.to_dict(), tmp_path) == cfg and "joined_pass" not in cfg.extra
    assert StanceConfig.from_dict(base, tmp_path).joined_pass is None
    assert not JoinedPass().active
    with pytest.raises(ModelLoadError, match="between 0 and 1"):
        StanceConfig.from_dict({**base, "joined_pass": {"stance": 1.5}}, tmp_path)


@pytest.fixture()
def joined_model(tiny_model_dir, tmp_path):
    model = tmp_path / "m"
    shutil.copytree(tiny_model_dir, model)
    cfg = json.loads((model / "stance_config.json").read_text(encoding="utf-8"))
    cfg["joined_pass"] = {"stance": 0.5, "sentiment": 0.5}
    cfg["speaker_calibration"] = {"temperature": 0.7, "bias": {"skeptical": 0.2}}
    (model / "stance_config.json").write_text(json.dumps(cfg), encoding="utf-8")
    return model


def _counting(model_dir, ex):
    """A predictor over ``model_dir`` whose classifier records the size of every batch of inputs it gets."""
    import stance

    predictor = stance.load(str(model_dir), device="cpu")
    predictor._extractor = ex
    calls: list[int] = []
    real = predictor.classifier.classify
    predictor.classifier.classify = lambda inputs, **kw: calls.append(len(inputs)) or real(inputs, **kw)
    return predictor, calls


def test_predict_mixes_in_one_joined_pass_per_speaker(joined_model, ex):
    predictor, calls = _counting(joined_model, ex)
    result = predictor.predict(ARTICLE, "the Geneva talks")
    n_groups = len(result.speakers) + len(result.positions)
    n_quotes = sum(len(g.quotes) for g in (*result.speakers, *result.positions)) + len(result.unattributed)
    assert calls == [n_quotes + n_groups]  # one pass: the quotes and one joined statement per speaker
    berg = next(s for s in result.speakers if "Berg" in s.speaker)
    labels = [q.label for q in berg.quotes]
    joined = predictor.classify_joined([[q.text for q in berg.quotes]], "the Geneva talks", [berg.speaker])[0]
    st, se = predictor.combine(labels, joined)
    assert berg.stance_scores == pytest.approx(st) and berg.sentiment_scores == pytest.approx(se)
    assert joined.text == JOINER.join(q.text for q in berg.quotes)
    with pytest.raises(ValueError, match="classify_joined"):
        predictor.combine(labels)  # this model needs the joined label, as predict() uses it


def test_no_joined_pass_means_one_forward_pass(tiny_model_dir, ex):
    predictor, calls = _counting(tiny_model_dir, ex)
    predictor.predict(ARTICLE)
    assert len(calls) == 1


def test_classify_joined_names_bad_input(tiny_predictor):
    p = tiny_predictor
    assert len(p.classify_joined([["We want a deal."], ["No.", "Never."]], ["t", None])) == 2
    with pytest.raises(TypeError, match="one item per speaker"):
        p.classify_joined("We want a deal.")
    with pytest.raises(TypeError, match=r"speakers\[0\]"):
        p.classify_joined(["We want a deal."])
    with pytest.raises(ValueError, match=r"speakers\[1\].*item 0"):
        p.classify_joined([["ok"], [" "]])
    with pytest.raises(ValueError, match=r"speakers\[0\] needs at least one"):
        p.classify_joined([[]])
    with pytest.raises(ValueError, match="names has 1 items"):
        p.classify_joined([["a"], ["b"]], names=["x"])


def test_set_joined_pass_changes_the_loaded_config_only(joined_model):
    import stance
    from training.speaker_calibration import set_joined_pass

    predictor = stance.load(str(joined_model), device="cpu", nlp=None)
    assert set_joined_pass(predictor, 0.3, None) == {"stance": 0.3, "sentiment": 0.5}
    assert predictor.config.joined_pass == JoinedPass(0.3, 0.5)
    on_disk = json.loads((joined_model / "stance_config.json").read_text(encoding="utf-8"))
    assert on_disk["joined_pass"]["stance"] == 0.5


def test_joined_labels_run_the_pass_only_for_a_model_that_has_one(joined_model, tiny_model_dir, ex):
    with_pass, calls = _counting(joined_model, ex)
    quotes = [["We want a deal."], ["No.", "Never."]]
    assert [j.stance_scores for j in with_pass.joined_labels(quotes, "t")] == [
        j.stance_scores for j in with_pass.classify_joined(quotes, "t")]
    assert calls == [2, 2]  # one forward pass of two joined statements each time
    without, none_calls = _counting(tiny_model_dir, ex)
    assert without.joined_labels(quotes, "t") == [None, None] and none_calls == []
    with pytest.raises(TypeError, match="one item per speaker"):
        without.joined_labels("We want a deal.")
