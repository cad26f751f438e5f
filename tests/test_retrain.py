"""Retraining on a user's own annotated data, end to end with a tiny model (issue 5)."""

from __future__ import annotations

import csv
import json
import warnings

import pytest

import stance

ROWS = [
    ("We are ready to sit down with them tomorrow.", "support", "positive"),
    ("These talks are a waste of everybody's time.", "skeptical", "negative"),
    ("The next round is scheduled for Tuesday in Geneva.", "neutral", "neutral"),
    ("Only negotiation can end this, however painful it is.", "support", "negative"),
    ("They have not answered in six weeks; the process is frozen.", "skeptical", "negative"),
    ("Delegations will arrive on Monday evening.", "neutral", "neutral"),
] * 4


@pytest.fixture()
def tiny_base(tmp_path, tiny_model_dir):
    return str(tiny_model_dir)


def _write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for i, (text, st, se) in enumerate(rows):
            split = "dev" if i % 6 == 0 else "train"
            fh.write(json.dumps({"id": f"u{i}", "text": text, "target": "the port talks", "stance": st,
                                 "sentiment": se, "split": split}) + "\n")


def test_retrain_on_user_jsonl_then_load_and_evaluate(tmp_path, tiny_base, capsys):
    pytest.importorskip("datasets")
    from training import evaluate
    from training.train import TrainConfig, run

    data = tmp_path / "mine.jsonl"
    _write_jsonl(data, ROWS)
    out = tmp_path / "my-model"
    metrics = run(TrainConfig(output=str(out), data=[str(data)], base=tiny_base, epochs=1, batch_size=8,
                              threads=1, max_length=64))
    assert "dev" in metrics and 0.0 <= metrics["dev"]["stance"]["macro_f1"] <= 1.0
    cfg = json.loads((out / "stance_config.json").read_text())
    assert cfg["temperature"]["stance"] > 0 and cfg["max_length"] == 64
    pred = stance.load(str(out), device="cpu")
    labels = pred.classify(["We are ready to talk."], "the port talks")
    assert labels[0].stance in stance.STANCE_LABELS
    assert evaluate.main(["--model", str(out), "--data", str(data), "--bootstrap", "0"]) == 0
    assert "macro-F1" in capsys.readouterr().out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # bfloat16 is emulated on a CPU without AMX / AVX512-BF16
        assert evaluate.main(["--model", str(out), "--data", str(data), "--bootstrap", "0", "--dtype", "bfloat16"]) == 0
    assert "macro-F1" in capsys.readouterr().out


def test_retrain_on_user_csv_with_one_head(tmp_path, tiny_base):
    pytest.importorskip("datasets")
    from training.train import TrainConfig, run

    data = tmp_path / "mine.csv"
    with open(data, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["text", "sentiment"])
        w.writeheader()
        for text, _, se in ROWS:
            w.writerow({"text": text, "sentiment": se})
    out = tmp_path / "senti-model"
    run(TrainConfig(output=str(out), data=[str(data)], base=tiny_base, epochs=1, batch_size=8, threads=1,
                    max_length=64, dev_fraction=0.3))
    assert (out / "model.safetensors").is_file()
    assert stance.load(str(out), device="cpu").classify(["fine"])[0].sentiment in stance.SENTIMENT_LABELS


def test_statement_mask_covers_the_marked_tokens_only():
    import torch

    from stance.modeling import statement_mask

    ids = torch.tensor([[101, 7, 102, 8, 5, 9, 9, 6, 4, 102, 0],    # « = 5, » = 6
                        [101, 7, 102, 8, 5, 9, 9, 9, 102, 0, 0]])   # no closing mark: the whole input
    mask = (ids != 0).long()
    got = statement_mask(ids, mask, (5, 6))
    assert got[0].tolist() == [0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]
    assert got[1].tolist() == mask[1].tolist()


def test_retrain_with_statement_pooling_saves_and_reloads_it(tmp_path, tiny_base):
    pytest.importorskip("datasets")
    from training.train import TrainConfig, run

    data = tmp_path / "mine.jsonl"
    _write_jsonl(data, ROWS)
    out = tmp_path / "pooled"
    run(TrainConfig(output=str(out), data=[str(data)], base=tiny_base, epochs=1, batch_size=8, threads=1,
                    max_length=64, pooling="statement"))
    config = json.loads((out / "config.json").read_text())
    assert config["pooling"] == "statement" and len(config["statement_marks"]) == 2
    pred = stance.load(str(out), device="cpu")
    assert pred.classifier.model.stance_head.in_features == 2 * config["hidden_size"]
    got = pred.classify([stance.Statement("We are ready.", context="He said: We are ready. Talks start."),
                         "We are ready."], "the port talks")
    assert [g.stance in stance.STANCE_LABELS for g in got] == [True, True]
    with pytest.raises(ValueError, match="pooling"):
        run(TrainConfig(output=str(tmp_path / "again"), data=[str(data)], init=str(out), epochs=1, batch_size=8,
                        threads=1, max_length=64, pooling="mean"))


def test_unknown_pooling_is_rejected():
    from transformers import BertConfig

    from stance.modeling import configure

    with pytest.raises(ValueError, match="pooling"):
        configure(BertConfig(pooling="max"))


def test_a_model_stored_in_fp16_is_trained_in_float32(tmp_path, tiny_model_dir):
    """Continuing from a saved model (``--init``, stored in fp16 like the shipped one) must not train in
    fp16 on a CPU: that ran to NaN losses."""
    import torch
    from transformers import AutoConfig

    from stance.modeling import StanceModel
    from training.loop import load_trainable

    half = tmp_path / "half"
    StanceModel.from_pretrained(str(tiny_model_dir)).half().save_pretrained(str(half))
    assert next(StanceModel.from_pretrained(str(half)).parameters()).dtype == torch.float16  # as stored
    model = load_trainable(str(half), AutoConfig.from_pretrained(str(half)))
    assert {p.dtype for p in model.parameters()} == {torch.float32}


def test_a_continued_model_records_the_recipe_it_continued_from(tmp_path):
    from types import SimpleNamespace

    from training.loop import _init_recipe

    first = tmp_path / "stage1"
    first.mkdir()
    (first / "stance_config.json").write_text(json.dumps({"recipe": {"epochs": 3, "lr": 8e-5}}), encoding="utf-8")
    assert _init_recipe(SimpleNamespace(init=str(first))) == {"init_recipe": {"epochs": 3, "lr": 8e-5}}
    assert _init_recipe(SimpleNamespace(init=None)) == {}
    assert _init_recipe(SimpleNamespace(init=str(tmp_path / "missing"))) == {}


def test_a_third_stage_records_all_three_and_its_card_names_them(tmp_path):
    from types import SimpleNamespace

    from training.loop import _init_recipe
    from training.model_card import _stages, lineage

    second = tmp_path / "stage2"
    second.mkdir()
    stage1 = {"transfer": ["vast"], "seed": 13}
    stage2 = {"data": ["runs/speaker_rows.jsonl"], "lr": 3e-5}
    (second / "stance_config.json").write_text(json.dumps({"recipe": stage2, "init_recipe": stage1}), encoding="utf-8")
    chained = _init_recipe(SimpleNamespace(init=str(second)))
    assert chained == {"init_recipe": {**stage2, "init_recipe": stage1}}
    stage3 = {"data": ["runs/speaker_rows.jsonl", "runs/real_train_x3.jsonl"], "lr": 2e-5}
    assert lineage({"recipe": stage3, **chained}) == [stage1, stage2]
    text = _stages(lineage({"recipe": stage3, **chained}), stage3)
    assert text.startswith("Three stages. Stage 1 (the corpus and the transfer sets, from the base encoder):")
    assert "Stage 2 (continued from stage 1 on the speaker rows):" in text
    assert text.endswith("Stage 3 (continued from stage 2 on the speaker rows and the corpus's real training rows):")
    assert _stages([], stage1) == ""


def test_quote_temperatures_can_be_fitted_on_the_corpus_dev_split(tmp_path, tiny_base):
    pytest.importorskip("datasets")
    from training.corpus import load_corpus
    from training.train import TrainConfig, run

    data = tmp_path / "weak.jsonl"
    _write_jsonl(data, ROWS)
    out = tmp_path / "stage2"
    metrics = run(TrainConfig(output=str(out), data=[str(data)], base=tiny_base, epochs=1, batch_size=8, threads=1,
                              max_length=64, calibrate_on="corpus-dev"))
    n_dev = len([x for x in load_corpus(splits=("dev",)) if x.split == "dev"])
    assert n_dev > 100 and metrics["calibrated_on"] == {"data": "corpus-dev", "n": n_dev}
    assert json.loads((out / "stance_config.json").read_text())["temperature"] == metrics["temperature"]


def test_an_unknown_calibration_set_is_rejected_before_training(tmp_path):
    from training.train import TrainConfig, run

    data = tmp_path / "mine.jsonl"
    _write_jsonl(data, ROWS)
    with pytest.raises(ValueError, match="calibrate_on='test'"):
        run(TrainConfig(output=str(tmp_path / "never"), data=[str(data)], calibrate_on="test"))
    assert not (tmp_path / "never").exists()


def test_precision_rules_bf16_on_cpu_fp16_only_on_cuda(monkeypatch):
    from types import SimpleNamespace

    from training.loop import _check_precision

    monkeypatch.setattr("torch.cuda.is_available", lambda: False)
    _check_precision(SimpleNamespace(precision="fp32", device=None))
    monkeypatch.setattr("stance.device.cpu_has_native_bf16", lambda: True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _check_precision(SimpleNamespace(precision="bf16", device="cpu"))
        _check_precision(SimpleNamespace(precision="bf16", device=None))
    monkeypatch.setattr("stance.device.cpu_has_native_bf16", lambda: False)
    with pytest.warns(RuntimeWarning, match="emulated"):
        _check_precision(SimpleNamespace(precision="bf16", device="cpu"))
    with pytest.raises(ValueError, match="needs a CUDA device"):
        _check_precision(SimpleNamespace(precision="fp16", device="cpu"))
    with pytest.raises(ValueError, match="not valid"):
        _check_precision(SimpleNamespace(precision="int8", device="cpu"))


def test_retrain_in_bf16_on_the_cpu_saves_a_loadable_model(tmp_path, tiny_base):
    pytest.importorskip("datasets")
    from training.train import TrainConfig, run

    data = tmp_path / "mine.jsonl"
    _write_jsonl(data, ROWS)
    out = tmp_path / "bf16-model"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # emulated where the CPU has no native bfloat16
        metrics = run(TrainConfig(output=str(out), data=[str(data)], base=tiny_base, epochs=1, batch_size=8,
                                  threads=1, max_length=64, precision="bf16", device="cpu"))
    assert 0.0 <= metrics["dev"]["stance"]["macro_f1"] <= 1.0
    assert stance.load(str(out), device="cpu").classify(["We are ready to talk."])[0].stance in stance.STANCE_LABELS
