"""Weight-averaged models (training.soup): the average is exact, the ingredients are checked, and the soup is
saved, calibrated and evaluated as a training run is."""

from __future__ import annotations

import json
import shutil

import pytest
from test_retrain import ROWS, _write_jsonl

import stance


def _train(tmp_path, tiny_model_dir, seed: int, name: str, data):
    from training.train import TrainConfig, run

    out = tmp_path / name
    run(TrainConfig(output=str(out), data=[str(data)], base=str(tiny_model_dir), epochs=1, batch_size=8,
                    threads=1, max_length=64, seed=seed))
    return out


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, tiny_model_dir):
    pytest.importorskip("datasets")
    tmp = tmp_path_factory.mktemp("soup")
    data = tmp / "mine.jsonl"
    _write_jsonl(data, ROWS)
    return _train(tmp, tiny_model_dir, 1, "a", data), _train(tmp, tiny_model_dir, 2, "b", data)


def _state(path):
    from safetensors.torch import load_file

    return load_file(str(path / "model.safetensors"))


def test_the_average_is_the_mean_of_the_tensors(two_runs):
    from training.soup import average_weights

    a, b = two_runs
    avg = average_weights([a, b], [0.5, 0.5])
    sa, sb = _state(a), _state(b)
    assert set(avg) == set(sa)
    for k in sa:
        assert avg[k].dtype.is_floating_point
        expected = (sa[k].float() + sb[k].float()) / 2
        assert (avg[k] - expected).abs().max().item() < 1e-6, k
    tilted = average_weights([a, b], [3.0, 1.0])  # weights are normalised
    k = next(iter(sa))
    assert (tilted[k] - (0.75 * sa[k].float() + 0.25 * sb[k].float())).abs().max().item() < 1e-6


def test_a_soup_is_saved_calibrated_scored_and_loads(tmp_path, two_runs):
    from training.soup import soup

    a, b = two_runs
    out = tmp_path / "soup"
    metrics = soup([a, b], out, threads=1)
    assert metrics["soup"]["seeds"] == [1, 2] and metrics["soup"]["weights"] == [0.5, 0.5]
    assert 0.0 <= metrics["dev"]["stance"]["macro_f1"] <= 1.0
    cfg = json.loads((out / "stance_config.json").read_text())
    assert cfg["soup"]["models"] == [str(a), str(b)] and cfg["recipe"]["seed"] == 1
    assert cfg["temperature"]["stance"] > 0
    # saved in fp16 like any trained model, and the saved weights are the average (up to fp16 rounding)
    saved, sa, sb = _state(out), _state(a), _state(b)
    k = "classifier_stance.weight" if "classifier_stance.weight" in saved else next(iter(saved))
    assert saved[k].dtype.itemsize == 2
    assert (saved[k].float() - (sa[k].float() + sb[k].float()) / 2).abs().max().item() < 2e-3
    labels = stance.load(str(out), device="cpu").classify(["We are ready to talk."], "the port talks")
    assert labels[0].stance in stance.STANCE_LABELS


def test_toward_gives_the_other_model_its_share(two_runs):
    from training.soup import ingredient_weights

    a, b = two_runs
    models, weights = ingredient_weights([a, b], a, 0.5)
    assert models == [a, b, a] and weights == [0.25, 0.25, 0.5]
    with pytest.raises(ValueError, match="--toward-weight 1.0 must be in"):
        ingredient_weights([a, b], a, 1.0)
    with pytest.raises(ValueError, match="needs --toward"):
        ingredient_weights([a, b], None, 0.3)


def test_ingredients_of_another_recipe_are_named(tmp_path, two_runs):
    from training.soup import check_compatible, soup

    a, b = two_runs
    other = tmp_path / "other"
    shutil.copytree(b, other)
    cfg = json.loads((other / "stance_config.json").read_text())
    cfg["recipe"]["lr"] = 1.0
    (other / "stance_config.json").write_text(json.dumps(cfg))
    with pytest.raises(ValueError, match=r"other: its recipe differs .* in \['lr'\]"):
        check_compatible([a, other])
    with pytest.raises(ValueError, match="at least two models"):
        soup([a], tmp_path / "never")
    assert not (tmp_path / "never").exists()


def test_a_model_with_other_tensors_or_config_is_named(tmp_path, two_runs):
    from safetensors.torch import load_file, save_file

    from training.soup import _check_same_shape, average_weights

    a, _ = two_runs
    other = tmp_path / "other"
    shutil.copytree(a, other)
    state = load_file(str(other / "model.safetensors"))
    state.pop(next(iter(state)))
    save_file(state, str(other / "model.safetensors"))
    with pytest.raises(ValueError, match="other: its tensors differ"):
        average_weights([a, other], [1, 1])
    cfg = json.loads((other / "config.json").read_text())
    cfg["num_hidden_layers"] = 3
    (other / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ValueError, match=r"other: its config.json differs .* in \['num_hidden_layers'\]"):
        _check_same_shape(a, other)


def test_the_cli_reports_a_missing_model(tmp_path, capsys, two_runs):
    from training.soup import main

    a, _ = two_runs
    assert main([str(a), str(tmp_path / "nothing"), "--output", str(tmp_path / "o")]) == 2
    assert "no model.safetensors in" in capsys.readouterr().err
