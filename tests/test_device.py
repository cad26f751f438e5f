"""Device and dtype rules (STYLE.md 9, issue 6), checked as far as a CPU can."""

from __future__ import annotations

import pytest
import torch

from stance.device import resolve_device, resolve_dtype


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


def test_half_precision_only_on_cuda():
    cpu = torch.device("cpu")
    assert resolve_dtype(None, cpu) == torch.float32
    for name in ("bfloat16", "float16", "bf16"):
        with pytest.raises(ValueError, match="only allowed on CUDA"):
            resolve_dtype(name, cpu)
    assert resolve_dtype("bfloat16", torch.device("cuda")) == torch.bfloat16
    with pytest.raises(ValueError, match="Available"):
        resolve_dtype("int4", cpu)


def test_load_refuses_bf16_on_cpu(tiny_model_dir):
    import stance

    with pytest.raises(ValueError, match="only allowed on CUDA"):
        stance.load(str(tiny_model_dir), device="cpu", dtype="bfloat16")


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
