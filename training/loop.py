"""The fine-tuning loop: transformers' Trainer over the two-head model, then calibration and evaluation."""

from __future__ import annotations

import json
import logging
import shutil
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from stance.model_io import SCHEMA_VERSION, StanceConfig, current_versions
from stance.preprocess import encode
from stance.types import DEFAULT_TARGET, SENTIMENT_LABELS, STANCE_LABELS

from .corpus import Example
from .evaluate import report, to_inputs
from .metrics import fit_temperature, macro_f1

log = logging.getLogger("training")


def encode_examples(tokenizer, examples: list[Example], max_length: int) -> list[dict[str, Any]]:
    """Rows for the Trainer: token ids and both labels (-100 where a head has no label)."""
    encoded = encode(tokenizer, to_inputs(examples), max_length)
    rows = []
    for ex, enc in zip(examples, encoded):
        rows.append({
            "input_ids": enc.input_ids,
            "token_type_ids": enc.token_type_ids,
            "stance_labels": STANCE_LABELS.index(ex.stance) if ex.stance else -100,
            "sentiment_labels": SENTIMENT_LABELS.index(ex.sentiment) if ex.sentiment else -100,
        })
    return rows


def collate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    import torch

    width = max(len(r["input_ids"]) for r in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    types = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for i, r in enumerate(rows):
        n = len(r["input_ids"])
        ids[i, :n] = torch.tensor(r["input_ids"])
        types[i, :n] = torch.tensor(r["token_type_ids"])
        mask[i, :n] = 1
    return {
        "input_ids": ids, "token_type_ids": types, "attention_mask": mask,
        "stance_labels": torch.tensor([r["stance_labels"] for r in rows]),
        "sentiment_labels": torch.tensor([r["sentiment_labels"] for r in rows]),
    }


def compute_metrics(eval_pred) -> dict[str, float]:
    (s_logits, m_logits), (s_y, m_y) = eval_pred.predictions, eval_pred.label_ids
    out = {}
    for head, logits, y, n in (("stance", s_logits, s_y, len(STANCE_LABELS)),
                               ("sentiment", m_logits, m_y, len(SENTIMENT_LABELS))):
        keep = y != -100
        out[f"{head}_macro_f1"] = macro_f1(y[keep], logits[keep].argmax(1), n) if keep.any() else 0.0
    out["score"] = (out["stance_macro_f1"] + out["sentiment_macro_f1"]) / 2
    return out


def _training_args(cfg: Any, outdir: Path, has_dev: bool):
    from transformers import TrainingArguments

    return TrainingArguments(
        output_dir=str(outdir / "checkpoints"),
        num_train_epochs=cfg.epochs,
        learning_rate=cfg.lr,
        per_device_train_batch_size=cfg.batch_size,
        per_device_eval_batch_size=64,
        weight_decay=cfg.weight_decay,
        warmup_steps=cfg.warmup_ratio,  # a float < 1 is a ratio of the total steps in transformers 5
        eval_strategy="epoch" if has_dev else "no",
        save_strategy="epoch" if has_dev else "no",
        save_total_limit=2,
        save_only_model=True,
        load_best_model_at_end=has_dev,
        metric_for_best_model="score",
        greater_is_better=True,
        logging_steps=20,
        report_to=[],
        seed=cfg.seed,
        use_cpu=(cfg.device or "cpu") == "cpu",
        bf16=cfg.precision == "bf16",
        fp16=cfg.precision == "fp16",
        label_names=["stance_labels", "sentiment_labels"],
        train_sampling_strategy="group_by_length",
        remove_unused_columns=False,
        dataloader_num_workers=0,
        disable_tqdm=False,
    )


def _check_precision(cfg: Any) -> None:
    """fp32 anywhere; bf16 on CUDA or on the CPU (mixed precision by autocast; fast where the CPU has
    AVX512-BF16 / AMX, emulated and slow elsewhere); fp16 on CUDA only."""
    import torch

    if cfg.precision not in ("fp32", "bf16", "fp16"):
        raise ValueError(f"precision={cfg.precision!r} is not valid. Available: ['fp32', 'bf16', 'fp16']")
    on_cuda = (cfg.device or "cuda").startswith("cuda") and torch.cuda.is_available()
    if cfg.precision == "fp32" or on_cuda:
        return
    if cfg.precision == "bf16" and (cfg.device or "cpu") == "cpu":
        from stance.device import cpu_has_native_bf16

        if not cpu_has_native_bf16():
            warnings.warn("precision=bf16 on a CPU without native bfloat16 (AVX512-BF16 / AMX): emulated, slower "
                          "than fp32", RuntimeWarning, stacklevel=2)
        return
    raise ValueError(f"precision={cfg.precision!r} needs a CUDA device{' (bf16 also runs on the CPU)' if cfg.precision == 'bf16' else ''}; "
                     f"use fp32 on {cfg.device or 'cpu'}")


def _model_config(cfg: Any, base: str, tokenizer):
    """(the base's config with ``cfg.pooling``, whether that changes the heads' width). The mark ids
    come from the tokenizer the inputs use. A model continued with ``--init`` keeps its own pooling."""
    from transformers import AutoConfig

    from stance.preprocess import CLOSE_MARK, OPEN_MARK

    config = AutoConfig.from_pretrained(base)
    pooling = getattr(cfg, "pooling", "mean")
    own = getattr(config, "pooling", None)
    if own is not None and getattr(cfg, "init", None):
        if pooling != own:
            raise ValueError(f"--pooling {pooling} differs from {base}'s own pooling {own!r}; "
                             f"a continued model keeps its pooling")
        return config, False
    config.pooling = pooling
    if pooling == "statement":
        config.statement_marks = [tokenizer.convert_tokens_to_ids(tokenizer.tokenize(m))[0]
                                  for m in (OPEN_MARK, CLOSE_MARK)]
    return config, own is not None and own != pooling  # a stance model as --base: new heads


def load_trainable(base: str, config: Any, new_heads: bool = False):
    """The model to train, in float32 whatever dtype it was stored in: a model this project saved (the
    shipped one, or any ``--init``) is stored in fp16, and fp16 weights train to NaN on a CPU."""
    import torch

    from stance.modeling import StanceModel

    return StanceModel.from_pretrained(base, config=config, ignore_mismatched_sizes=new_heads, dtype=torch.float32)


def fit(cfg: Any, bundle, base: str, outdir: Path) -> dict[str, Any]:
    """Train on ``bundle`` from ``base`` and save the finished model into ``outdir``."""
    import torch
    from datasets import Dataset
    from transformers import AutoTokenizer, EarlyStoppingCallback, Trainer

    _check_precision(cfg)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    tokenizer = AutoTokenizer.from_pretrained(base)
    config, new_heads = _model_config(cfg, base, tokenizer)
    model = load_trainable(base, config, new_heads)
    train_rows = encode_examples(tokenizer, bundle.train + bundle.transfer, cfg.max_length)
    dev_rows = encode_examples(tokenizer, bundle.dev, cfg.max_length) if bundle.dev else None
    trainer = Trainer(
        model=model, args=_training_args(cfg, outdir, dev_rows is not None),
        train_dataset=Dataset.from_list(train_rows),
        eval_dataset=Dataset.from_list(dev_rows) if dev_rows else None,
        data_collator=collate, compute_metrics=compute_metrics,
        callbacks=[EarlyStoppingCallback(cfg.patience)] if dev_rows else [],
    )
    trainer.train()
    shutil.rmtree(outdir / "checkpoints", ignore_errors=True)
    return _finish(cfg, trainer.model, tokenizer, bundle, outdir)


def _init_recipe(cfg: Any) -> dict[str, Any]:
    """``{"init_recipe": ...}``: the recipe of the model a run continued from (``--init``), itself holding the
    ``init_recipe`` of the model that one continued from, so that a model of several stages records every stage;
    empty when it started from the base encoder or the init has no recipe."""
    path = Path(cfg.init) / "stance_config.json" if getattr(cfg, "init", None) else None
    if path is None or not path.is_file():
        return {}
    init = json.loads(path.read_text(encoding="utf-8"))
    recipe = init.get("recipe")
    if not recipe:
        return {}
    return {"init_recipe": {**recipe, "init_recipe": init["init_recipe"]} if init.get("init_recipe") else recipe}


def _finish(cfg: Any, model, tokenizer, bundle, outdir: Path, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Calibrate on dev, save fp16 weights, and evaluate the saved model on dev and test. ``extra`` goes into
    ``stance_config.json`` beside the recipe (e.g. a soup's ingredients)."""
    from dataclasses import asdict

    import stance

    scfg = StanceConfig(max_length=cfg.max_length, default_target=DEFAULT_TARGET, schema_version=SCHEMA_VERSION,
                        versions=current_versions(), extra={"recipe": asdict(cfg), **_init_recipe(cfg), **(extra or {})})
    _save(model, tokenizer, scfg, outdir)
    predictor = stance.load(str(outdir), device="cpu")
    calib = bundle.calibration or bundle.dev
    temps = _calibrate(predictor.classifier, calib) if calib else {"stance": 1.0, "sentiment": 1.0}
    scfg = StanceConfig(**{**scfg.__dict__, "temperature": temps})
    (outdir / "stance_config.json").write_text(json.dumps(scfg.to_dict(), indent=2), encoding="utf-8")
    predictor.classifier.config = scfg
    metrics: dict[str, Any] = {"temperature": temps,
                               "calibrated_on": {"data": getattr(cfg, "calibrate_on", "dev"), "n": len(calib)}}
    for name, data in (("dev", bundle.dev), ("test", bundle.test)):
        if data:
            boot = 1000 if name == "test" else 0
            metrics[name] = report(predictor.classifier, data, bootstrap=boot)
            metrics[name + "_bare"] = report(predictor.classifier, data, bare=True, bootstrap=boot)
    if bundle.test:
        metrics["test_target_blank"] = report(predictor.classifier, bundle.test, target=" ")
        metrics["target_swap"] = target_swap_ablation(predictor.classifier, bundle.test)
    log.info("metrics %s", json.dumps({k: _headline(v) for k, v in metrics.items()
                                           if k not in ("temperature", "calibrated_on")}))
    return metrics


def _headline(rep: dict[str, Any]) -> dict[str, float]:
    return {head: round(r["macro_f1"], 4) for head, r in rep.items() if isinstance(r, dict) and "macro_f1" in r}


UNRELATED_TARGET = "a ban on plastic bags"


def target_swap_ablation(classifier, examples: list[Example], target: str = UNRELATED_TARGET) -> dict[str, Any]:
    """Share of support/skeptical predictions that become neutral when the target is swapped (issue 5)."""
    from .evaluate import to_inputs

    real_s, _, _ = classifier.logits(to_inputs(examples))
    swap_s, _, _ = classifier.logits(to_inputs(examples, target=target))
    labels = list(classifier.config.stance_labels)
    before = real_s.argmax(1)
    after = swap_s.argmax(1)
    polar = before != labels.index("neutral")
    flipped = (after[polar] == labels.index("neutral")).mean() if polar.any() else 0.0
    return {"unrelated_target": target, "n_polar": int(polar.sum()), "became_neutral": float(flipped)}


def _save(model, tokenizer, scfg: StanceConfig, outdir: Path) -> None:
    import copy

    half = copy.deepcopy(model).to("cpu").half()
    half.save_pretrained(str(outdir), safe_serialization=True)
    tokenizer.save_pretrained(str(outdir))
    (outdir / "stance_config.json").write_text(json.dumps(scfg.to_dict(), indent=2), encoding="utf-8")


def _calibrate(classifier, dev: list[Example]) -> dict[str, float]:
    s_logits, m_logits, _ = classifier.logits(to_inputs(dev))
    temps = {}
    for head, logits, labels in (("stance", s_logits, STANCE_LABELS), ("sentiment", m_logits, SENTIMENT_LABELS)):
        y = np.array([labels.index(getattr(x, head)) if getattr(x, head) else -1 for x in dev])
        keep = y >= 0
        temps[head] = fit_temperature(logits[keep], y[keep]) if keep.sum() > 10 else 1.0
    return temps
