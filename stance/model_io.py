"""Finding, validating and loading a model directory (STYLE.md 11).

A model directory is a ``save_pretrained`` directory plus ``stance_config.json``. Every problem is a
:class:`~stance.errors.ModelLoadError` naming the path and what is wrong, never a stack trace from
deep inside transformers.
"""

from __future__ import annotations

import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelLoadError
from .speaker_head import SpeakerHead
from .types import DEFAULT_TARGET, SENTIMENT_LABELS, STANCE_LABELS

SCHEMA_VERSION = 1
SUPPORTED_SCHEMAS = (1,)
DEFAULT_MODEL_NAME = "talks-minilm"
WEIGHT_FILES = ("model.safetensors",)
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt")


@dataclass(frozen=True)
class SpeakerCalibration:
    """How a speaker's averaged stance scores become their label: ``softmax(log(p) / temperature + bias)``.

    Averaging a speaker's quotes flattens their scores and the quote-level model under-calls skepticism
    per speaker; both are fitted on development speakers the model never trained on
    (``python -m training.speaker_calibration``). ``fitted`` records on what, for the model card.
    """

    temperature: float = 1.0
    bias: dict[str, float] = field(default_factory=dict)
    fitted: dict[str, Any] = field(default_factory=dict)

    def apply(self, scores: dict[str, float]) -> dict[str, float]:
        names = list(scores)
        z = np.log(np.clip([scores[n] for n in names], 1e-12, None)) / self.temperature
        z = z + np.array([self.bias.get(n, 0.0) for n in names])
        e = np.exp(z - z.max())
        return {n: float(v) for n, v in zip(names, e / e.sum())}

    def to_dict(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "bias": dict(self.bias), **({"fitted": self.fitted} if self.fitted else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any], labels: list[str]) -> SpeakerCalibration:
        temperature = float(data.get("temperature", 1.0))
        if not temperature > 0:
            raise ValueError(f"speaker_calibration.temperature must be > 0, got {temperature}")
        bias = {str(k): float(v) for k, v in data.get("bias", {}).items()}
        unknown = sorted(set(bias) - set(labels))
        if unknown:
            raise ValueError(f"speaker_calibration.bias names labels {unknown} not in stance_labels {labels}")
        return cls(temperature, bias, dict(data.get("fitted", {})))


@dataclass(frozen=True)
class JoinedPass:
    """A second pass per speaker: all of the speaker's quotes joined by ``JOINER``, classified once with no
    context (the model's ``max_length``), and mixed into the summed quote scores as a weighted geometric mean
    (``normalise(summed ** (1 - w) * joined ** w)``; ``w`` per head, 0 turns the pass off for that head).

    A speaker's label judges their quotes together (LABELS.md); the summed scores see each quote alone.
    The stance weight is applied before the speaker calibration, which is fitted on the mixed scores.
    """

    stance: float = 0.0
    sentiment: float = 0.0
    fitted: dict[str, Any] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.stance > 0 or self.sentiment > 0

    def to_dict(self) -> dict[str, Any]:
        return {"stance": self.stance, "sentiment": self.sentiment,
                **({"fitted": self.fitted} if self.fitted else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JoinedPass:
        weights = {h: float(data.get(h, 0.0)) for h in ("stance", "sentiment")}
        bad = {h: w for h, w in weights.items() if not 0.0 <= w <= 1.0}
        if bad:
            raise ValueError(f"joined_pass weights must be between 0 and 1, got {bad}")
        return cls(weights["stance"], weights["sentiment"], dict(data.get("fitted", {})))


@dataclass(frozen=True)
class StanceConfig:
    """The contents of ``stance_config.json``."""

    stance_labels: tuple[str, ...] = STANCE_LABELS
    sentiment_labels: tuple[str, ...] = SENTIMENT_LABELS
    max_length: int = 128
    default_target: str = DEFAULT_TARGET
    temperature: dict[str, float] = field(default_factory=lambda: {"stance": 1.0, "sentiment": 1.0})
    schema_version: int = SCHEMA_VERSION
    versions: dict[str, str] = field(default_factory=dict)
    speaker_calibration: SpeakerCalibration | None = None
    joined_pass: JoinedPass | None = None
    speaker_head: SpeakerHead | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def uses_joined_pass(self) -> bool:
        """Whether a speaker's scores need the joined pass (a ``joined_pass`` with a weight above 0, or a learnt
        ``speaker_head``, whose features include it)."""
        return (self.joined_pass is not None and self.joined_pass.active) or self.speaker_head is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "stance_labels": list(self.stance_labels),
            "sentiment_labels": list(self.sentiment_labels),
            "max_length": self.max_length,
            "default_target": self.default_target,
            "temperature": dict(self.temperature),
            "versions": dict(self.versions),
            **({"speaker_calibration": self.speaker_calibration.to_dict()} if self.speaker_calibration else {}),
            **({"joined_pass": self.joined_pass.to_dict()} if self.joined_pass else {}),
            **({"speaker_head": self.speaker_head.to_dict()} if self.speaker_head else {}),
            **self.extra,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path) -> StanceConfig:
        version = data.get("schema_version")
        if version not in SUPPORTED_SCHEMAS:
            raise ModelLoadError(
                f"{path}: schema_version={version!r} is not supported by this stance release "
                f"(supported: {list(SUPPORTED_SCHEMAS)}); upgrade stance or retrain the model"
            )
        known = {"schema_version", "stance_labels", "sentiment_labels", "max_length", "default_target",
                 "temperature", "versions", "speaker_calibration", "joined_pass", "speaker_head"}
        try:
            return cls(
                stance_labels=tuple(data["stance_labels"]),
                sentiment_labels=tuple(data["sentiment_labels"]),
                max_length=int(data.get("max_length", 128)),
                default_target=str(data.get("default_target", DEFAULT_TARGET)),
                temperature={k: float(v) for k, v in data.get("temperature", {}).items()} or
                {"stance": 1.0, "sentiment": 1.0},
                schema_version=version,
                versions=dict(data.get("versions", {})),
                speaker_calibration=SpeakerCalibration.from_dict(data["speaker_calibration"], data["stance_labels"])
                if data.get("speaker_calibration") else None,
                joined_pass=JoinedPass.from_dict(data["joined_pass"]) if data.get("joined_pass") else None,
                speaker_head=SpeakerHead.from_dict(data["speaker_head"], tuple(data["stance_labels"]),
                                                   tuple(data["sentiment_labels"])) if data.get("speaker_head") else None,
                extra={k: v for k, v in data.items() if k not in known},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelLoadError(f"{path}: malformed stance_config.json ({exc!r})") from None


def current_versions() -> dict[str, str]:
    import torch
    import transformers

    from . import __version__

    return {"stance": __version__, "transformers": transformers.__version__, "torch": torch.__version__}


def shipped_model_dir(name: str = DEFAULT_MODEL_NAME, marker: str = "stance_config.json") -> Path | None:
    """The shipped model: package data of a regular install, or ``models/`` beside an editable checkout."""
    here = Path(__file__).resolve().parent
    candidates = [here / "_models" / name, here.parent / "models" / name]
    try:
        from importlib.resources import files

        candidates.insert(0, Path(str(files("stance._models") / name)))
    except (ModuleNotFoundError, TypeError):
        pass
    for path in candidates:
        if (path / marker).is_file():
            return path
    return None


def resolve_model_path(model: str | os.PathLike[str] | None) -> Path:
    """Where to load from: ``model`` if given, else ``$STANCE_MODEL``, else the shipped model."""
    if model is None:
        model = os.environ.get("STANCE_MODEL") or None
    if model is not None:
        return Path(model).expanduser()
    path = shipped_model_dir()
    if path is None:
        raise ModelLoadError(
            f"no shipped model found (looked for models/{DEFAULT_MODEL_NAME}); pass load(path) or set STANCE_MODEL"
        )
    return path


def read_stance_config(path: Path) -> StanceConfig:
    """Validate the directory layout and return its ``stance_config.json``."""
    if not path.exists():
        raise ModelLoadError(f"model directory {path} does not exist")
    if not path.is_dir():
        raise ModelLoadError(f"model path {path} is not a directory")
    for required in ("config.json", "stance_config.json"):
        if not (path / required).is_file():
            raise ModelLoadError(f"{path} is not a stance model directory: {required} is missing")
    if not any((path / w).is_file() for w in WEIGHT_FILES):
        hint = "; pickle files (pytorch_model.bin) are not loaded, re-save with safe_serialization=True" \
            if (path / "pytorch_model.bin").is_file() else ""
        raise ModelLoadError(f"{path}: weights are missing (expected {WEIGHT_FILES[0]}){hint}")
    if not any((path / t).is_file() for t in TOKENIZER_FILES):
        raise ModelLoadError(f"{path}: tokenizer files are missing (expected one of {TOKENIZER_FILES})")
    _read_json_object(path / "config.json")
    data = _read_json_object(path / "stance_config.json")
    cfg = StanceConfig.from_dict(data, path / "stance_config.json")
    _warn_versions(cfg, path)
    return cfg


def _read_json_object(file: Path) -> dict[str, Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelLoadError(f"{file} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ModelLoadError(f"{file} must hold a JSON object, not {type(data).__name__}")
    return data


def _warn_versions(cfg: StanceConfig, path: Path) -> None:
    saved = cfg.versions.get("transformers")
    if not saved:
        return
    import transformers

    if saved.split(".")[0] != transformers.__version__.split(".")[0]:
        warnings.warn(
            f"{path} was saved with transformers {saved}; this is {transformers.__version__}",
            UserWarning,
            stacklevel=3,
        )


def load_model_dir(path: Path, cfg: StanceConfig):
    """Load tokenizer and network from ``path``; check the label maps agree with the heads."""
    from transformers import AutoTokenizer

    from .modeling import StanceModel

    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path))
    except Exception as exc:  # transformers raises many types here
        raise ModelLoadError(f"{path}: tokenizer could not be loaded ({type(exc).__name__}: {exc})") from None
    # stance truncates every input itself (preprocess.encode); the tokenizer's "longer than the maximum
    # sequence length" warning would only mislead (issue 7)
    tokenizer.deprecation_warnings["sequence-length-is-longer-than-the-specified-maximum"] = True
    _check_weights(StanceModel, path)
    model = _load_network(StanceModel, path)
    _check_heads(model, cfg, path)
    model.eval()
    return tokenizer, model


def safetensors_header(file: Path) -> dict[str, Any]:
    """The JSON header of a safetensors file, checked against the file's size (a cut file is named)."""
    size = file.stat().st_size
    with open(file, "rb") as fh:
        raw = fh.read(8)
        n = int.from_bytes(raw, "little") if len(raw) == 8 else -1
        if n < 2 or n > size - 8:
            raise ModelLoadError(f"{file} is truncated or not a safetensors file ({size} bytes)")
        try:
            header = json.loads(fh.read(n))
            end = max((int(v["data_offsets"][1]) for k, v in header.items() if k != "__metadata__"), default=0)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            raise ModelLoadError(f"{file} is corrupt: its header is not a valid safetensors header") from None
    if 8 + n + end != size:
        raise ModelLoadError(
            f"{file} is truncated or corrupt: it has {size} bytes, its header describes {8 + n + end}; "
            "copy or download the model again"
        )
    return header


def _check_weights(cls, path: Path) -> None:
    """Size and tensor shapes of ``model.safetensors`` against ``config.json``, before transformers reads it."""
    import torch
    from transformers import AutoConfig

    header = safetensors_header(path / WEIGHT_FILES[0])
    try:
        config = AutoConfig.from_pretrained(str(path))
        with torch.device("meta"):
            expected = {k: list(v.shape) for k, v in cls(config).state_dict().items()}
    except Exception as exc:  # a config.json transformers cannot build the network from
        raise ModelLoadError(f"{path / 'config.json'}: cannot build the network ({type(exc).__name__}: "
                             f"{str(exc)[:300]})") from None
    bad = [f"{k} is {header[k].get('shape')} in the file but {shape} per config.json"
           for k, shape in expected.items() if k in header and header[k].get("shape") != shape]
    if bad:
        raise ModelLoadError(f"{path}: model.safetensors does not match config.json ({len(bad)} tensors differ, "
                             f"e.g. {bad[0]})")


def _load_network(cls, path: Path):
    import torch
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # no "Loading weights" bar on every load
    try:
        model, info = cls.from_pretrained(str(path), dtype=torch.float32, output_loading_info=True)
    except Exception as exc:
        raise ModelLoadError(
            f"{path}: weights could not be loaded ({type(exc).__name__}: {str(exc)[:300]}); "
            "the file may be truncated or from another architecture"
        ) from None
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    missing = [k for k in info.get("missing_keys", ()) if "position_ids" not in k]
    if missing:
        raise ModelLoadError(f"{path}: weights lack {len(missing)} tensors of the network, e.g. {missing[:3]}")
    return model.float()


def _check_heads(model, cfg: StanceConfig, path: Path) -> None:
    for head, labels in (("stance", cfg.stance_labels), ("sentiment", cfg.sentiment_labels)):
        n_out = getattr(model, f"{head}_head").out_features
        if n_out != len(labels):
            raise ModelLoadError(
                f"{path}: stance_config.json lists {len(labels)} {head} labels {list(labels)} "
                f"but the {head} head has {n_out} outputs"
            )
    positions = getattr(model.config, "max_position_embeddings", None)
    if positions and not 0 < cfg.max_length <= positions:
        raise ModelLoadError(
            f"{path}: stance_config.json max_length={cfg.max_length} must be between 1 and the network's "
            f"max_position_embeddings={positions}"
        )
    cfg_labels = tuple(getattr(model.config, "stance_labels", ()))
    if cfg_labels and cfg_labels != tuple(cfg.stance_labels):
        raise ModelLoadError(
            f"{path}: config.json stance labels {list(cfg_labels)} disagree with stance_config.json "
            f"{list(cfg.stance_labels)}"
        )
