"""Speaker calibration (issue 5): how a speaker's averaged quote scores become their label, fitted on
development speakers and stored in ``stance_config.json``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from stance.aggregate import combine
from stance.errors import ModelLoadError
from stance.model_io import SpeakerCalibration, StanceConfig
from stance.types import QuoteStance

LABELS = ("support", "skeptical", "neutral")
ROOT = Path(__file__).resolve().parents[1]


def _label(support: float, skeptical: float, neutral: float) -> QuoteStance:
    scores = {"support": support, "skeptical": skeptical, "neutral": neutral}
    return QuoteStance(text="x", stance=max(scores, key=scores.get), confidence=max(scores.values()),
                       stance_scores=scores, sentiment="neutral", sentiment_scores={"positive": 0.2, "negative": 0.2,
                                                                                    "neutral": 0.6})


def test_apply_sharpens_and_shifts_and_stays_a_distribution():
    cal = SpeakerCalibration(temperature=0.5, bias={"skeptical": 0.6})
    out = cal.apply({"support": 0.40, "skeptical": 0.35, "neutral": 0.25})
    assert abs(sum(out.values()) - 1) < 1e-9
    assert max(out, key=out.get) == "skeptical"  # the bias tips a close call
    sharp = SpeakerCalibration(temperature=0.5).apply({"support": 0.6, "skeptical": 0.3, "neutral": 0.1})
    assert sharp["support"] > 0.6  # a temperature under 1 sharpens, the argmax stays
    assert SpeakerCalibration().apply({"support": 0.6, "skeptical": 0.3, "neutral": 0.1})["support"] == pytest.approx(0.6)


def test_combine_applies_the_calibration_to_stance_only():
    labels = [_label(0.45, 0.35, 0.20), _label(0.40, 0.38, 0.22)]
    plain, senti = combine(labels, LABELS, ("positive", "negative", "neutral"))
    cal, senti_cal = combine(labels, LABELS, ("positive", "negative", "neutral"),
                             SpeakerCalibration(0.6, {"skeptical": 0.6}))
    assert max(plain, key=plain.get) == "support" and max(cal, key=cal.get) == "skeptical"
    assert senti == senti_cal


def _config(**extra) -> dict:
    return {"schema_version": 1, "stance_labels": list(LABELS), "sentiment_labels": ["positive", "negative", "neutral"],
            **extra}


def test_config_round_trip_and_validation(tmp_path):
    data = _config(speaker_calibration={"temperature": 0.6, "bias": {"support": 0.0, "skeptical": 0.5},
                                        "fitted": {"sets": ["dev8"]}})
    cfg = StanceConfig.from_dict(data, tmp_path)
    assert cfg.speaker_calibration == SpeakerCalibration(0.6, {"support": 0.0, "skeptical": 0.5}, {"sets": ["dev8"]})
    assert StanceConfig.from_dict(cfg.to_dict(), tmp_path) == cfg
    assert "speaker_calibration" not in cfg.extra
    assert StanceConfig.from_dict(_config(), tmp_path).speaker_calibration is None
    with pytest.raises(ModelLoadError, match="temperature"):
        StanceConfig.from_dict(_config(speaker_calibration={"temperature": 0}), tmp_path)
    with pytest.raises(ModelLoadError, match="favour"):
        StanceConfig.from_dict(_config(speaker_calibration={"bias": {"favour": 1.0}}), tmp_path)


def test_fit_recovers_a_known_temperature_and_bias():
    from training.speaker_calibration import fit

    rng = np.random.default_rng(0)
    scores = rng.dirichlet([1.5, 1.5, 1.5], size=6000)
    z = np.log(scores) / 0.6 + np.array([0.0, 0.6, 0.1])
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    gold = [LABELS[rng.choice(3, p=row)] for row in p]
    res = fit(scores, gold, LABELS)
    assert res["temperature"] == pytest.approx(0.6, abs=0.05)
    assert res["bias"]["support"] == 0.0
    assert res["bias"]["skeptical"] == pytest.approx(0.6, abs=0.12)
    assert res["bias"]["neutral"] == pytest.approx(0.1, abs=0.12)
    assert res["nll"]["after"] < res["nll"]["before"]


def test_calibration_speakers_come_from_development_sets_only():
    from training.speaker_calibration import calibration_sets, speaker_rows

    sets = json.loads((ROOT / "tests" / "data" / "speaker_sets.json").read_text(encoding="utf-8"))
    names = calibration_sets()
    assert names and all(n.startswith("dev") for n in names)
    assert not set(names) & set(sets["stance_training"]["train"])  # never trained on
    rows = speaker_rows(names)
    numbers = {int(r["id"].split("-")[1]) for r in rows}
    tests = [sets["sets"][n] for n in sets["sets"] if n.startswith("test")]
    assert numbers and not any(lo <= k <= hi for k in numbers for lo, hi in tests)
    assert len({r["owner"] for r in rows}) < len(rows)  # several quotes per speaker
    with pytest.raises(ValueError, match="no set named"):
        speaker_rows(["dev9999"])


def test_write_calibration_keeps_the_rest_of_the_config(tmp_path):
    from training.speaker_calibration import write_calibration

    (tmp_path / "stance_config.json").write_text(json.dumps(_config(max_length=96)), encoding="utf-8")
    write_calibration(tmp_path, {"temperature": 0.7, "bias": {"support": 0.0, "skeptical": 0.3}})
    data = json.loads((tmp_path / "stance_config.json").read_text(encoding="utf-8"))
    assert data["max_length"] == 96 and data["speaker_calibration"]["temperature"] == 0.7
    assert [p.name for p in tmp_path.iterdir()] == ["stance_config.json"]  # no temporary file left


def test_shipped_model_carries_a_calibration_fitted_on_development_speakers():
    path = ROOT / "models" / "talks-minilm" / "stance_config.json"
    cfg = StanceConfig.from_dict(json.loads(path.read_text(encoding="utf-8")), path)
    cal = cfg.speaker_calibration
    assert cal is not None and 0.2 < cal.temperature < 2
    assert cal.fitted["sets"] and all(s.startswith("dev") for s in cal.fitted["sets"])


def test_predictor_combine_sums_like_predict(tiny_model_dir, tmp_path):
    import stance

    model = tmp_path / "m"
    shutil.copytree(tiny_model_dir, model)
    cfg = json.loads((model / "stance_config.json").read_text(encoding="utf-8"))
    cfg["speaker_calibration"] = {"temperature": 0.5, "bias": {"skeptical": 0.8}}
    (model / "stance_config.json").write_text(json.dumps(cfg), encoding="utf-8")
    predictor = stance.load(str(model), device="cpu", nlp=None)
    labels = [_label(0.45, 0.35, 0.20)]
    st, _ = predictor.combine(labels)
    assert st == combine(labels, LABELS, ("positive", "negative", "neutral"), predictor.config.speaker_calibration)[0]
    assert max(st, key=st.get) == "skeptical"
    with pytest.raises(ValueError, match="at least one"):
        predictor.combine([])


def test_card_section_is_written_once_and_replaced(tmp_path):
    from training.speaker_calibration import card_section, macro_f1, write_card_section

    (tmp_path / "README.md").write_text("# m\n\n## Calibration\nT.\n\n## Does it read the target?\nYes.\n",
                                        encoding="utf-8")
    cal = {"temperature": 0.6, "bias": {"support": 0.0, "skeptical": 0.6}, "fitted": {"sets": ["dev8"], "speakers": 9}}
    scores = np.array([[0.45, 0.35, 0.20], [0.2, 0.3, 0.5]])
    gold = ["skeptical", "neutral"]
    assert macro_f1(scores, gold, LABELS) < macro_f1(scores, gold, LABELS, cal)  # the bias tips the first speaker
    measured = {"held-out": {"speakers": 2, "macro_f1_before": 0.333, "macro_f1_after": 1.0}}
    for _ in range(2):
        write_card_section(tmp_path, card_section(cal, measured))
    text = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert text.count("## Speaker calibration") == 1 and "| held-out | 2 | 0.333 | 1.000 |" in text
    assert text.index("## Calibration") < text.index("## Speaker calibration") < text.index("## Does it read")
