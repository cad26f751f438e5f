"""The learnt speaker head (issue 5): a speaker's label from features of all of their quotes' scores, fitted on
development speakers (``training.speaker_head``) and stored as ``speaker_head`` in ``stance_config.json``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from stance.aggregate import combine
from stance.errors import ModelLoadError
from stance.model_io import JoinedPass, SpeakerCalibration, StanceConfig
from stance.speaker_head import FEATURES_V1, FEATURES_V2, Head, SpeakerHead, features, n_features
from stance.types import QuoteStance

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("support", "skeptical", "neutral")
SENTI = ("positive", "negative", "neutral")


def _label(stance, senti=(0.2, 0.2, 0.6)) -> QuoteStance:
    s, m = dict(zip(LABELS, stance)), dict(zip(SENTI, senti))
    return QuoteStance(text="x", stance=max(s, key=s.get), confidence=max(s.values()), stance_scores=s,
                       sentiment=max(m, key=m.get), sentiment_scores=m)


def _head(labels=LABELS, pick: int = 0, block: int = 2) -> dict:
    """A head that picks label ``pick`` unless that label's feature in ``block`` (2: the max over quotes of the
    log scores, 1: the joined pass's) is tiny: z = 10 log p + 50 for it, 0 for the others."""
    coef = np.zeros((len(labels), n_features(len(labels))))
    coef[pick, block * len(labels) + pick] = 10.0
    intercept = [50.0 if i == pick else 0.0 for i in range(len(labels))]
    return {"labels": list(labels), "coef": coef.tolist(), "intercept": intercept}


def test_features_of_one_speaker_by_hand():
    quotes = np.array([[0.6, 0.1, 0.3], [0.2, 0.2, 0.6]])
    joined = np.array([0.5, 0.25, 0.25])
    x = features(quotes, joined, neutral=2)
    w = np.array([0.25 + 0.7, 0.25 + 0.4])
    mean = (quotes * w[:, None]).sum(0) / w.sum()
    assert x.shape == (13,) and n_features(3) == 13
    assert x[:3] == pytest.approx(np.log(mean))
    assert x[3:6] == pytest.approx(np.log(joined))
    assert x[6:9] == pytest.approx(np.log(quotes).max(0))
    assert x[9:12] == pytest.approx(np.log(quotes).mean(0))
    assert x[12] == pytest.approx(np.log(2))
    plain = features(quotes, joined)  # no neutral column: the plain mean (sentiment)
    assert plain[:3] == pytest.approx(np.log(quotes.mean(0)))
    assert np.isfinite(features(np.array([[1.0, 0.0, 0.0]]), np.array([0.0, 0.0, 1.0]), 2)).all()  # zeros clipped
    with pytest.raises(ValueError, match="non-empty"):
        features(np.zeros((0, 3)), joined)


def test_head_scores_are_a_softmax_over_its_labels():
    head = Head.from_dict(_head(pick=1), LABELS, "h")
    x = features(np.array([[0.1, 0.8, 0.1]]), np.array([0.3, 0.3, 0.4]), 2)
    s = head.scores(x)
    assert list(s) == list(LABELS) and sum(s.values()) == pytest.approx(1.0)
    z = np.array([0.0, 10 * np.log(0.8) + 50, 0.0])
    assert [s[n] for n in LABELS] == pytest.approx(np.exp(z - z.max()) / np.exp(z - z.max()).sum())
    assert max(s, key=s.get) == "skeptical"
    never = head.scores(features(np.array([[0.5, 1e-9, 0.5]]), np.array([0.5, 0.0, 0.5]), 2))
    assert max(never, key=never.get) != "skeptical"  # the feature decides, not the intercept alone


def test_config_round_trip_and_validation(tmp_path):
    base = {"schema_version": 1, "stance_labels": list(LABELS), "sentiment_labels": list(SENTI)}
    block = {"features": FEATURES_V1, "stance": _head(), "fitted": {"sets": ["dev48"]}}
    cfg = StanceConfig.from_dict({**base, "speaker_head": block}, tmp_path)
    assert cfg.speaker_head.stance is not None and cfg.speaker_head.sentiment is None
    assert cfg.uses_joined_pass  # the head's features need the joined pass
    assert StanceConfig.from_dict(cfg.to_dict(), tmp_path) == cfg
    bad = {
        "features": {**block, "features": "something-else"},
        "labels": {**block, "stance": {**_head(), "labels": ["support", "neutral", "skeptical"]}},
        "coef": {**block, "stance": {**_head(), "coef": [[0.0] * 12] * 3}},
        "intercept": {**block, "stance": {**_head(), "intercept": [0.0, 0.0]}},
        "finite": {**block, "stance": {**_head(), "intercept": [0.0, float("nan"), 0.0]}},
    }
    for what, data in bad.items():
        with pytest.raises(ModelLoadError, match="speaker_head"):
            StanceConfig.from_dict({**base, "speaker_head": data}, tmp_path)
        assert what


def test_combine_uses_the_head_it_has_and_the_fixed_rule_for_the_other():
    labels = [_label((0.5, 0.1, 0.4), (0.6, 0.1, 0.3)), _label((0.3, 0.3, 0.4))]
    joined = _label((0.2, 0.6, 0.2), (0.1, 0.8, 0.1))
    cal, jp = SpeakerCalibration(0.5, {"neutral": 0.3}), JoinedPass(0.5, 0.5)
    fixed = combine(labels, LABELS, SENTI, cal, joined, jp)
    head = SpeakerHead(stance=Head.from_dict(_head(pick=0), LABELS, "h"))
    st, se = combine(labels, LABELS, SENTI, cal, joined, jp, head)
    x = features(np.array([[q.stance_scores[n] for n in LABELS] for q in labels]),
                 np.array([joined.stance_scores[n] for n in LABELS]), 2)
    assert st == pytest.approx(head.stance.scores(x)) and max(st, key=st.get) == "support"
    assert se == pytest.approx(fixed[1])  # no sentiment head: the mean mixed with the joined pass, as before
    both = SpeakerHead(stance=head.stance, sentiment=Head.from_dict(_head(SENTI, pick=1, block=1), SENTI, "h"))
    _, se2 = combine(labels, LABELS, SENTI, cal, joined, jp, both)
    assert max(se2, key=se2.get) == "negative"
    assert combine(labels, LABELS, SENTI, cal, joined, jp, SpeakerHead()) == fixed  # an empty head changes nothing
    with pytest.raises(ValueError, match="joined-pass"):
        combine(labels, LABELS, SENTI, cal, None, jp, head)


def test_fit_head_learns_a_separable_rule_and_names_a_missing_label():
    from training.speaker_head import fit, fit_head

    rng = np.random.default_rng(0)
    y = [LABELS[i % 3] for i in range(90)]
    x = rng.normal(size=(90, 13))
    x[np.arange(90), [6 + LABELS.index(v) for v in y]] += 6.0  # each speaker's strongest quote names its label
    head = Head.from_dict(fit_head(x, y, LABELS), LABELS, "fitted")
    assert [max(s, key=s.get) for s in map(head.scores, x)] == y
    block = fit([{"stance": {"x": x, "y": y, "labels": LABELS}, "layout": FEATURES_V1}], heads=("stance",))
    assert SpeakerHead.from_dict(block, LABELS, SENTI).stance is not None and "sentiment" not in block
    with pytest.raises(ValueError, match="skeptical"):
        fit_head(x[:2], ["support", "neutral"], LABELS)


def test_card_section_says_which_heads_and_where_fitted(tmp_path):
    from training.speaker_calibration import write_card_section
    from training.speaker_head import CARD_HEAD, card_section

    block = {"features": FEATURES_V1, "stance": _head(),
             "fitted": {"sets": ["dev48", "dev49"], "speakers": 120, "quotes": 300}}
    text = card_section(block)
    assert text.startswith(CARD_HEAD) and "120 development speakers" in text and "dev48, dev49" in text
    assert "sentiment keeps them" in text and "calibration is then not applied" in text
    card = tmp_path / "README.md"
    card.write_text("# m\n\n## Does it read the target?\nyes\n", encoding="utf-8")
    write_card_section(tmp_path, text, CARD_HEAD)
    write_card_section(tmp_path, text, CARD_HEAD)  # replaced, not added twice
    body = card.read_text(encoding="utf-8")
    assert body.count(CARD_HEAD) == 1 and body.index(CARD_HEAD) < body.index("## Does it read the target?")


def test_fit_refuses_held_out_sets():
    from training.speaker_head import main

    with pytest.raises(SystemExit):
        main(["--model", "x", "--sets", "dev48,test3"])


def test_predictor_combine_and_predict_use_the_head(tiny_model_dir, tmp_path):
    import stance

    model = tmp_path / "m"
    shutil.copytree(tiny_model_dir, model)
    cfg = json.loads((model / "stance_config.json").read_text(encoding="utf-8"))
    labels = tuple(cfg["stance_labels"])
    cfg["speaker_head"] = {"features": FEATURES_V1, "stance": _head(labels, pick=labels.index("skeptical"))}
    (model / "stance_config.json").write_text(json.dumps(cfg), encoding="utf-8")
    predictor = stance.load(str(model), device="cpu", nlp=None)
    quotes = ["We will stay until we reach a deal.", "Nobody wants another failed round."]
    mine = predictor.classify(quotes, "the talks")
    joined = predictor.joined_labels([quotes], "the talks")[0]
    assert joined is not None  # a head turns the joined pass on
    st, _ = predictor.combine(mine, joined)
    assert max(st, key=st.get) == "skeptical"
    with pytest.raises(ValueError, match="joined"):
        predictor.combine(mine)


def test_shipped_model_has_a_stance_head_fitted_on_development_speakers():
    path = ROOT / "models" / "talks-minilm" / "stance_config.json"
    cfg = StanceConfig.from_dict(json.loads(path.read_text(encoding="utf-8")), path)
    head = cfg.speaker_head
    assert head is not None and head.stance is not None and head.sentiment is None
    assert head.fitted["sets"] and all(s.startswith("dev") for s in head.fitted["sets"])
    sets = json.loads((ROOT / "tests" / "data" / "speaker_sets.json").read_text(encoding="utf-8"))
    assert not set(sets["stance_training"]["train"]) & set(head.fitted["sets"])  # speakers never trained on
    assert head.fitted["sets"] == sets["speaker_head"]  # the sets file says which, for a refit


def test_a_temperature_softens_the_scores_and_keeps_the_label(tmp_path):
    head = _head(pick=1)
    x = features(np.array([[0.2, 0.6, 0.2]]), np.array([0.3, 0.4, 0.3]), 2)
    cold = Head.from_dict(head, LABELS, "h").scores(x)
    warm = Head.from_dict({**head, "temperature": 4.0}, LABELS, "h").scores(x)
    assert max(cold, key=cold.get) == max(warm, key=warm.get) == "skeptical"
    assert warm["skeptical"] < cold["skeptical"]
    assert Head.from_dict({**head, "temperature": 4.0}, LABELS, "h").to_dict()["temperature"] == 4.0
    assert "temperature" not in Head.from_dict(head, LABELS, "h").to_dict()
    base = {"schema_version": 1, "stance_labels": list(LABELS), "sentiment_labels": list(SENTI)}
    for bad in (0, -1.0, "warm"):
        with pytest.raises(ModelLoadError, match="temperature"):
            StanceConfig.from_dict({**base, "speaker_head": {"features": FEATURES_V1, "stance": {**head, "temperature": bad}}},
                                   tmp_path)


def test_fit_temperature_recovers_a_known_one_and_lowers_the_calibration_error():
    from training.speaker_head import expected_calibration_error, fit_temperature

    rng = np.random.default_rng(1)
    coef = rng.normal(size=(3, 13))
    head = {"labels": list(LABELS), "coef": coef.tolist(), "intercept": [0.0, 0.0, 0.0]}
    x = rng.normal(size=(4000, 13))
    z = x @ coef.T / 2.0  # the truth: the head's logits are twice too sharp
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    y = [LABELS[rng.choice(3, p=row)] for row in p]
    forms = [{"stance": {"x": x, "y": y, "labels": LABELS}}]
    t = fit_temperature(head, forms)
    assert 1.8 < t < 2.2
    assert expected_calibration_error(head, forms, t) < expected_calibration_error(head, forms) / 2


def test_v2_stance_features_end_with_the_quotes_mean_log_sentiment():
    quotes = np.array([[0.6, 0.1, 0.3], [0.2, 0.2, 0.6]])
    senti = np.array([[0.1, 0.7, 0.2], [0.3, 0.3, 0.4]])
    joined = np.array([0.5, 0.25, 0.25])
    x = features(quotes, joined, 2, other=senti)
    assert x.shape == (16,) and n_features(3, 3) == 16
    assert x[:13] == pytest.approx(features(quotes, joined, 2))
    assert x[13:] == pytest.approx(np.log(senti).mean(0))
    with pytest.raises(ValueError, match="2 quote rows but 1"):
        features(quotes, joined, 2, other=senti[:1])


def test_a_v2_model_reads_a_16_wide_stance_head_and_feeds_it_the_sentiment(tmp_path):
    base = {"schema_version": 1, "stance_labels": list(LABELS), "sentiment_labels": list(SENTI)}
    coef = np.zeros((3, 16))
    coef[1, 13 + SENTI.index("negative")] = 10.0  # skeptical when the quotes sound negative
    block = {"features": FEATURES_V2, "stance": {"labels": list(LABELS), "coef": coef.tolist(),
                                             "intercept": [0.0, 5.0, 0.0]}}
    cfg = StanceConfig.from_dict({**base, "speaker_head": block}, tmp_path)
    assert cfg.speaker_head.stance_reads_sentiment and StanceConfig.from_dict(cfg.to_dict(), tmp_path) == cfg
    with pytest.raises(ModelLoadError, match="3 x 16"):  # a v1-wide head under the v2 layout
        StanceConfig.from_dict({**base, "speaker_head": {"features": FEATURES_V2, "stance": _head()}}, tmp_path)
    v1 = StanceConfig.from_dict({**base, "speaker_head": {"features": FEATURES_V1, "stance": _head()}}, tmp_path)
    assert not v1.speaker_head.stance_reads_sentiment
    joined = _label((0.4, 0.2, 0.4))
    calm = [_label((0.5, 0.2, 0.3), (0.6, 0.1, 0.3))]
    angry = [_label((0.5, 0.2, 0.3), (0.05, 0.9, 0.05))]
    head = cfg.speaker_head
    st_calm, _ = combine(calm, LABELS, SENTI, None, joined, None, head)
    st_angry, _ = combine(angry, LABELS, SENTI, None, joined, None, head)
    assert max(st_calm, key=st_calm.get) != "skeptical" and max(st_angry, key=st_angry.get) == "skeptical"
    x = features(np.array([[0.5, 0.2, 0.3]]), np.array([0.4, 0.2, 0.4]), 2, np.array([[0.05, 0.9, 0.05]]))
    assert st_angry == pytest.approx(head.stance.scores(x))


def test_out_of_fold_logits_score_each_fold_with_a_head_that_never_saw_it():
    from training.speaker_head import out_of_fold_logits, temperature_of

    rng = np.random.default_rng(2)
    owners = [f"spk-{k}-s" for k in range(160)]
    sets = {o: "abcd"[k // 40] for k, o in enumerate(owners)}
    y = [LABELS[k % 3] for k in range(160)]
    x = rng.normal(size=(160, 13)) * 0.1
    for k, v in enumerate(y):
        # folds a-c: the strongest quote names the label; fold d: it names the next label
        x[k, 6 + (LABELS.index(v) + (1 if sets[owners[k]] == "d" else 0)) % 3] += 3.0
    forms = [{"owners": owners, "stance": {"x": x, "y": y, "labels": LABELS}}]
    z, gold = out_of_fold_logits(forms, [["a"], ["b"], ["c"], ["d"]], sets)
    assert z.shape == (160, 3) and list(gold) == [LABELS.index(v) for v in y]
    right = z.argmax(1) == gold
    assert right[:120].mean() > 0.9 and right[120:].mean() < 0.1  # fold d is scored by a head fitted on a-c
    assert temperature_of(z[:120], gold[:120]) > 0


def test_set_names_and_the_temperature_options():
    from training.speaker_head import main, set_names

    assert set_names(["spk-601-jesper-holm-vinther", "spk-9-x"]) == {"spk-601-jesper-holm-vinther": "dev48",
                                                                     "spk-9-x": "test"}
    for argv in (["--temperature-sets", "dev72", "--temperature-folds", "4"], ["--temperature-folds", "2"]):
        with pytest.raises(SystemExit):
            main(["--model", "x", "--sets", "dev48,dev49", *argv])


def test_temperature_sets_take_a_group_of_the_sets_file_or_a_list():
    from training.speaker_calibration import calibration_sets
    from training.speaker_head import group_or_sets

    assert group_or_sets("speaker_calibration") == calibration_sets() != []
    assert group_or_sets("dev152,dev153,") == ["dev152", "dev153"]
    assert group_or_sets("dev9") == ["dev9"]
