"""Average the weights of several fine-tuned stance models into one ("model soup"), then calibrate and
evaluate the average exactly as a training run does.

Runs of one recipe that differ only in their seed, continued from the same ``--init``, usually lie in one
basin of the loss; their parameter average often generalises better than any one of them and costs nothing
at inference (Wortsman et al. 2022). ``--toward`` interpolates the average toward another model of the same
shape, e.g. the stage-1 model the runs continued from (``--toward-weight`` is that model's share).

    python -m training.soup runs/st2_s13 runs/st2_s7 runs/st2_s21 --output runs/soup3
    python -m training.soup runs/st2_s* --toward runs/stage1 --toward-weight 0.25 --output runs/soup3-s1

The ingredients must share their architecture, labels, tokenizer and training data (their recipes may differ
in seed only): the data of the first one's recipe is what the soup is calibrated and scored on. The output
directory is written atomically, like a training run's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

log = logging.getLogger("training")

WEIGHTS = "model.safetensors"
# recipe keys that may differ between ingredients: the seed, and where each run was written
FREE_KEYS = {"seed", "output", "threads", "device", "precision"}


def read_recipe(model: Path) -> dict[str, Any]:
    """The training recipe stored in a model's ``stance_config.json``."""
    path = model / "stance_config.json"
    if not path.is_file():
        raise FileNotFoundError(f"{model}: no stance_config.json (not a stance model directory)")
    recipe = json.loads(path.read_text(encoding="utf-8")).get("recipe")
    if not recipe:
        raise ValueError(f"{path}: no training recipe recorded; a soup needs the data its ingredients trained on")
    return recipe


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def check_compatible(models: list[Path]) -> None:
    """Raise ValueError naming the first ingredient that differs from the first one in recipe (seed aside),
    labels, model config or tokenizer."""
    first = models[0]
    ref_recipe = {k: v for k, v in read_recipe(first).items() if k not in FREE_KEYS}
    ref_cfg = json.loads((first / "config.json").read_text(encoding="utf-8"))
    ref_tok = _file_digest(first / "tokenizer.json")
    for other in models[1:]:
        recipe = {k: v for k, v in read_recipe(other).items() if k not in FREE_KEYS}
        diff = sorted(k for k in set(ref_recipe) | set(recipe) if ref_recipe.get(k) != recipe.get(k))
        if diff:
            raise ValueError(f"{other}: its recipe differs from {first}'s in {diff}; a soup averages runs of one "
                             f"recipe that differ only in {sorted(FREE_KEYS)}")
        _check_same_shape(first, other, ref_cfg)
        if _file_digest(other / "tokenizer.json") != ref_tok:
            raise ValueError(f"{other}: its tokenizer.json differs from {first}'s")


def _check_same_shape(first: Path, other: Path, ref_cfg: dict[str, Any] | None = None) -> None:
    ref_cfg = ref_cfg if ref_cfg is not None else json.loads((first / "config.json").read_text(encoding="utf-8"))
    cfg = json.loads((other / "config.json").read_text(encoding="utf-8"))
    keys = ("model_type", "hidden_size", "num_hidden_layers", "vocab_size", "pooling", "id2label",
            "stance_labels", "sentiment_labels", "statement_marks")
    diff = [k for k in keys if ref_cfg.get(k) != cfg.get(k)]
    if diff:
        raise ValueError(f"{other}: its config.json differs from {first}'s in {diff}")


def average_weights(models: list[Path], weights: list[float]) -> dict[str, Any]:
    """The weighted average of the models' tensors, in float32 (the files are fp16). Every model must hold
    the same tensor names and shapes."""
    import torch
    from safetensors.torch import load_file

    if len(weights) != len(models) or any(w < 0 for w in weights) or sum(weights) <= 0:
        raise ValueError(f"weights {weights} must be one non-negative number per model ({len(models)}), "
                         f"not all zero")
    total = float(sum(weights))
    out: dict[str, torch.Tensor] = {}
    names: set[str] | None = None
    for model, w in zip(models, weights):
        state = load_file(str(model / WEIGHTS))
        if names is None:
            names = set(state)
        elif set(state) != names:
            missing, extra = sorted(names - set(state))[:3], sorted(set(state) - names)[:3]
            raise ValueError(f"{model}: its tensors differ from {models[0]}'s (missing {missing}, extra {extra})")
        for k, t in state.items():
            if k in out and out[k].shape != t.shape:
                raise ValueError(f"{model}: tensor {k} has shape {tuple(t.shape)}, not {tuple(out[k].shape)}")
            term = t.float() * (w / total)
            out[k] = out[k] + term if k in out else term
    return out


def ingredient_weights(models: list[Path], toward: Path | None, toward_weight: float) -> tuple[list[Path], list[float]]:
    """(all models to average, their weights): the ingredients share ``1 - toward_weight`` equally."""
    if not 0.0 <= toward_weight < 1.0:
        raise ValueError(f"--toward-weight {toward_weight} must be in [0, 1)")
    if toward is None:
        if toward_weight:
            raise ValueError("--toward-weight needs --toward MODEL")
        return models, [1.0 / len(models)] * len(models)
    share = (1.0 - toward_weight) / len(models)
    return [*models, toward], [share] * len(models) + [toward_weight]


def build_model(first: Path, state: dict[str, Any]):
    """A float32 model of ``first``'s architecture holding ``state``."""
    from transformers import AutoConfig

    from .loop import load_trainable

    model = load_trainable(str(first), AutoConfig.from_pretrained(str(first)))
    missing, unexpected = model.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise ValueError(f"{first}: the averaged weights do not fit its model (missing {missing[:3]}, "
                         f"unexpected {unexpected[:3]})")
    return model


def soup(models: list[Path], output: Path, toward: Path | None = None, toward_weight: float = 0.0,
         threads: int | None = None) -> dict[str, Any]:
    """Average, calibrate, evaluate and save into ``output``. Returns the metrics written to ``metrics.json``."""
    import torch
    from transformers import AutoTokenizer

    from .data import build_bundle
    from .loop import _finish
    from .output import atomic_output
    from .train import TrainConfig, _setup_file_log

    models = [Path(m) for m in models]
    if len(models) < 2:
        raise ValueError(f"a soup needs at least two models, got {len(models)}")
    missing = [str(m) for m in models + ([Path(toward)] if toward else []) if not (Path(m) / WEIGHTS).is_file()]
    if missing:
        raise FileNotFoundError(f"no {WEIGHTS} in {missing}")
    check_compatible(models)
    if toward is not None:
        toward = Path(toward)
        _check_same_shape(models[0], toward)
    if threads:
        torch.set_num_threads(threads)
    recipe = read_recipe(models[0])
    known = {f.name for f in fields(TrainConfig)}
    cfg = TrainConfig(**{k: v for k, v in recipe.items() if k in known})
    cfg.output, cfg.threads = str(output), threads
    bundle = build_bundle(cfg)
    everything, weights = ingredient_weights(models, toward, toward_weight)
    provenance = {"models": [str(m) for m in models],
                  "seeds": [read_recipe(m).get("seed") for m in models],
                  "toward": str(toward) if toward else None, "toward_weight": toward_weight,
                  "weights": [round(w, 6) for w in weights]}
    with atomic_output(Path(output)) as tmp:
        _setup_file_log(tmp / "train.log")
        log.info("soup %s", json.dumps(provenance))
        model = build_model(models[0], average_weights(everything, weights))
        tokenizer = AutoTokenizer.from_pretrained(str(models[0]))
        metrics = _finish(cfg, model, tokenizer, bundle, tmp, extra={"soup": provenance})
        metrics["soup"] = provenance
        (tmp / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    log.info("recipe of the first ingredient, used for data and calibration: %s", json.dumps(asdict(cfg)))
    return metrics


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ap = argparse.ArgumentParser(prog="python -m training.soup", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+", help="model directories of one recipe (two or more)")
    ap.add_argument("--output", required=True, help="directory for the averaged model (written atomically)")
    ap.add_argument("--toward", default=None, metavar="MODEL", help="also average in this model (e.g. the --init)")
    ap.add_argument("--toward-weight", type=float, default=0.0, metavar="W",
                    help="the --toward model's share of the average, in [0, 1) (default 0)")
    ap.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    args = ap.parse_args(argv)
    try:
        metrics = soup([Path(m) for m in args.models], Path(args.output), Path(args.toward) if args.toward else None,
                       args.toward_weight, args.threads)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({k: metrics[k] for k in ("dev", "test") if k in metrics}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
