"""Device and dtype rules (STYLE.md 9, issue 6), checked as far as a CPU can."""

from __future__ import annotations

import warnings

import pytest
import torch

from stance.device import cpu_has_native_bf16, resolve_device, resolve_dtype


def test_default_device_prefers_cuda_then_mps_then_cpu(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device(None).type == "cuda"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr("stance.device._mps_available", lambda: True)
    assert resolve_device(None).type == "mps"
    monkeypatch.setattr("stance.device._mps_available", lambda: False)
    assert resolve_device(None).type == "cpu"


def test_explicit_device_overrides_and_bad_names_are_clear(monkeypatch):
    assert resolve_device("cpu").type == "cpu"
    with pytest.raises(ValueError, match="not a valid torch device"):
        resolve_device("gpu0")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ValueError, match="CUDA is not available"):
        resolve_device("cuda")


def test_float16_only_on_cuda_and_bfloat16_on_cpu_or_cuda(monkeypatch):
    cpu = torch.device("cpu")
    assert resolve_dtype(None, cpu) == torch.float32
    for name in ("float16", "fp16"):
        with pytest.raises(ValueError, match="not allowed on device 'cpu'"):
            resolve_dtype(name, cpu)
    with pytest.raises(ValueError, match="only on CUDA"):
        resolve_dtype("bfloat16", torch.device("mps"))
    assert resolve_dtype("bfloat16", torch.device("cuda")) == torch.bfloat16
    assert resolve_dtype("float16", torch.device("cuda")) == torch.float16
    monkeypatch.setattr("stance.device.cpu_has_native_bf16", lambda: True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert resolve_dtype("bf16", cpu) == torch.bfloat16
    with pytest.raises(ValueError, match="Available"):
        resolve_dtype("int4", cpu)


def test_bfloat16_on_a_cpu_without_it_warns_that_it_is_emulated(monkeypatch):
    monkeypatch.setattr("stance.device.cpu_has_native_bf16", lambda: False)
    with pytest.warns(RuntimeWarning, match="emulates it"):
        assert resolve_dtype("bfloat16", torch.device("cpu")) == torch.bfloat16


def test_native_bf16_probe_answers_a_bool():
    assert isinstance(cpu_has_native_bf16(), bool)


def test_auto_dtype_is_bfloat16_only_where_it_is_native(monkeypatch):
    cpu = torch.device("cpu")
    monkeypatch.setattr("stance.device.cpu_has_native_bf16", lambda: True)
    assert resolve_dtype("auto", cpu) == torch.bfloat16
    monkeypatch.setattr("stance.device.cpu_has_native_bf16", lambda: False)
    assert resolve_dtype("auto", cpu) == torch.float32
    assert resolve_dtype("auto", torch.device("mps")) == torch.float32
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: False)
    assert resolve_dtype("auto", torch.device("cuda")) == torch.float32
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    assert resolve_dtype("auto", torch.device("cuda")) == torch.bfloat16


def test_load_refuses_fp16_on_cpu(tiny_model_dir):
    import stance

    with pytest.raises(ValueError, match="float16 is not allowed on device 'cpu'"):
        stance.load(str(tiny_model_dir), device="cpu", dtype="float16")


@pytest.mark.filterwarnings("ignore:dtype=bfloat16 on a CPU without")
def test_bf16_on_cpu_matches_fp32_labels_and_scores(tiny_model_dir):
    """The network runs in bfloat16 and hands float32 scores back; labels agree with float32."""
    import stance

    stmts = ["We are ready to talk.", "These talks are pointless.", "The meeting is on Monday."] * 10
    a = stance.load(str(tiny_model_dir), device="cpu").classify(stmts, "peace talks")
    p = stance.load(str(tiny_model_dir), device="cpu", dtype="bfloat16")
    assert next(p.classifier.model.parameters()).dtype == torch.bfloat16
    b = p.classify(stmts, "peace talks")
    assert all(isinstance(v, float) for q in b for v in q.stance_scores.values())
    assert max(abs(x.stance_scores[k] - y.stance_scores[k]) for x, y in zip(a, b) for k in x.stance_scores) < 0.05
    assert sum(x.stance == y.stance for x, y in zip(a, b)) / len(a) >= 0.9


def test_model_moves_at_load_not_in_predict(tiny_predictor, monkeypatch):
    calls = []
    original = torch.nn.Module.to

    def spy(self, *a, **k):
        calls.append(a)
        return original(self, *a, **k)

    monkeypatch.setattr(torch.nn.Module, "to", spy)
    tiny_predictor.classify(["We will talk."])
    assert calls == []
    assert tiny_predictor.to("cpu") is tiny_predictor
    assert calls


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_bf16_on_cuda_matches_fp32_labels(tiny_model_dir):
    import stance

    stmts = ["We are ready to talk.", "These talks are pointless.", "The meeting is on Monday."] * 20
    a = stance.load(str(tiny_model_dir), device="cuda").classify(stmts)
    b = stance.load(str(tiny_model_dir), device="cuda", dtype="bfloat16").classify(stmts)
    agree = sum(x.stance == y.stance for x, y in zip(a, b)) / len(a)
    assert agree >= 0.99


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_the_tagger_follows_the_predictor_to_cuda(tiny_model_dir):
    from pathlib import Path

    import stance

    if not (Path(__file__).resolve().parents[1] / "models" / "attribution-tagger" / "tagger_config.json").is_file():
        pytest.skip("no trained tagger")
    p = stance.load(str(tiny_model_dir), device="cuda", dtype="bfloat16", extractor="tagger")
    tagger = p.extractor.tagger
    assert tagger.device.type == "cuda" and next(tagger.model.parameters()).dtype == torch.bfloat16
    quotes = p.extract('"We are ready to talk," the minister told reporters on Monday.')
    assert quotes and quotes[0].text.startswith("We are ready")
