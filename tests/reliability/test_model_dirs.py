"""Issue 7: a broken model directory gives a ModelLoadError naming the path and the problem, never a
stack trace from deep inside transformers."""

from __future__ import annotations

import json
import os
import shutil
import traceback

import pytest

import stance
from stance import ModelLoadError


def _edit_json(path, **changes):
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


def _cut(path, keep):
    data = path.read_bytes()
    path.write_bytes(data[: keep(len(data))])


def _remove_tokenizer(d):
    for f in d.iterdir():
        if f.name.startswith("tokenizer") or f.name in ("vocab.txt", "special_tokens_map.json"):
            f.unlink()


CASES = {
    # name: (break the copy, what the message must say, which path it must name)
    "missing_dir": (lambda d: shutil.rmtree(d), "does not exist", ""),
    "a_file_not_a_dir": (lambda d: (shutil.rmtree(d), d.write_text("x")), "is not a directory", ""),
    "missing_weights": (lambda d: (d / "model.safetensors").unlink(), "weights are missing", ""),
    "pickle_only": (lambda d: ((d / "model.safetensors").rename(d / "pytorch_model.bin")),
                    "pickle files (pytorch_model.bin) are not loaded", ""),
    "truncated_weights": (lambda d: _cut(d / "model.safetensors", lambda n: n // 2), "is truncated",
                          "model.safetensors"),
    "cut_in_header": (lambda d: _cut(d / "model.safetensors", lambda n: 20), "truncated or not a safetensors",
                      "model.safetensors"),
    "empty_weights": (lambda d: (d / "model.safetensors").write_bytes(b""), "truncated or not a safetensors",
                      "model.safetensors"),
    "garbage_weights": (lambda d: (d / "model.safetensors").write_bytes(os.urandom(4096)),
                        "not a safetensors file", "model.safetensors"),
    "schema_version": (lambda d: _edit_json(d / "stance_config.json", schema_version=99),
                       "schema_version=99 is not supported", "stance_config.json"),
    "schema_missing": (lambda d: _edit_json(d / "stance_config.json", schema_version=None),
                       "schema_version=None is not supported", "stance_config.json"),
    "fewer_labels_than_head": (lambda d: _edit_json(d / "stance_config.json", stance_labels=["pro", "con"]),
                               "lists 2 stance labels ['pro', 'con'] but the stance head has 3 outputs", ""),
    "renamed_labels": (lambda d: _edit_json(d / "stance_config.json", stance_labels=["pro", "con", "meh"]),
                       "disagree with stance_config.json", ""),
    "sentiment_labels": (lambda d: _edit_json(d / "stance_config.json", sentiment_labels=["good"] * 4),
                         "but the sentiment head has 3 outputs", ""),
    "max_length_too_long": (lambda d: _edit_json(d / "stance_config.json", max_length=100_000),
                            "max_length=100000 must be between 1 and", ""),
    "missing_tokenizer": (_remove_tokenizer, "tokenizer files are missing", ""),
    "broken_tokenizer": (lambda d: (d / "tokenizer.json").write_text("{broken", encoding="utf-8"),
                         "tokenizer could not be loaded", ""),
    "missing_config": (lambda d: (d / "config.json").unlink(), "config.json is missing", ""),
    "broken_config": (lambda d: (d / "config.json").write_text("{broken", encoding="utf-8"),
                      "is not valid JSON", "config.json"),
    "stance_config_not_object": (lambda d: (d / "stance_config.json").write_text("[1, 2]", encoding="utf-8"),
                                 "must hold a JSON object, not list", "stance_config.json"),
    "stance_config_no_labels": (lambda d: (d / "stance_config.json").write_text('{"schema_version": 1}'),
                                "malformed stance_config.json", "stance_config.json"),
    "other_architecture": (lambda d: _edit_json(d / "config.json", hidden_size=64),
                           "model.safetensors does not match config.json", ""),
}


@pytest.mark.parametrize("case", list(CASES))
def test_broken_model_dir_gives_a_clear_error(tiny_model_dir, tmp_path, case):
    breaker, what, file = CASES[case]
    d = tmp_path / "model"
    shutil.copytree(tiny_model_dir, d)
    breaker(d)
    with pytest.raises(ModelLoadError) as err:
        stance.load(str(d), device="cpu")
    msg = str(err.value)
    assert str(d / file if file else d) in msg
    assert what in msg
    trace = "".join(traceback.format_exception(err.type, err.value, err.tb))
    for deep in ("site-packages/transformers", "site-packages/safetensors", "site-packages/tokenizers",
                 "The above exception was the direct cause"):
        assert deep not in trace, f"{deep!r} in the traceback:\n{trace}"


def test_intact_copy_loads(tiny_model_dir, tmp_path):
    """The control: the same copy, unbroken, loads and predicts."""
    d = tmp_path / "model"
    shutil.copytree(tiny_model_dir, d)
    assert stance.load(str(d), device="cpu").classify(["We are ready."])[0].stance in stance.STANCE_LABELS


def test_model_from_env_var_names_it(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCE_MODEL", str(tmp_path / "from-env"))
    with pytest.raises(ModelLoadError, match=str(tmp_path / "from-env")):
        stance.load(device="cpu")
