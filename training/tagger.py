"""Fine-tune the attribution tagger (BIO over Source / Cue / Content) on PolNeAR train (issue 3).

Usage::

    python -m training.tagger --output models/attribution-tagger [--epochs 1] [--max-minutes 35]

Writes, atomically (a temporary sibling renamed into place): fp16 ``model.safetensors`` and
``config.json`` (with ``id2label``), the tokenizer, ``tagger_config.json`` (labels, max_length,
versions, training summary, dev scores) and a ``README.md`` model card. Develops on train/dev only.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from stance.tagger import CONFIG_NAME, LABELS, SCHEMA_VERSION, TAGS, Tagger, _versions
from training.output import atomic_output
from training.polnear import DEFAULT_DATA
from training.tagger_data import Doc, build_windows, doc_regions, load_docs

log = logging.getLogger("training.tagger")
TRIM = set(" \t\n\r\"'“”‘’«».,;:!?")


@dataclass
class TaggerTrainConfig:
    """Hyperparameters of one tagger run (recorded in ``tagger_config.json``)."""

    epochs: float = 1.0
    lr: float = 1e-4
    batch_size: int = 16
    max_length: int = 128
    warmup: float = 0.06
    weight_decay: float = 0.01
    seed: int = 13
    threads: int = 1
    max_minutes: float = 35.0  # the loop stops here even mid-epoch (schedule planned on --max-steps)
    max_steps: int | None = None
    freeze_embeddings: bool = True  # the 11.7M-parameter word-embedding matrix stays as pretrained
    o_bias: float = 0.75  # decode-time bonus for "O"; 0.75 is what PolNeAR dev preferred (-0.5 to 1.5 tried)
    o_bias_int8: float = 0.0  # the same for the int8-quantized tagger (it already leans to "O")
    limit_docs: int | None = None
    precision: str = "fp32"  # or bf16: autocast on the CPU, about twice as fast where it has AMX / AVX512-BF16
    data: str = str(DEFAULT_DATA)
    base: str | None = None
    extra: dict = field(default_factory=dict)


def base_path(cfg: TaggerTrainConfig) -> str:
    """The base encoder: ``cfg.base`` or the packaged all-MiniLM-L6-v2."""
    if cfg.base:
        return cfg.base
    from . import base_encoder_path

    return base_encoder_path()


def make_model(cfg: TaggerTrainConfig):
    """Token-classification model and fast tokenizer from the base encoder."""
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    path = base_path(cfg)
    # dtype is explicit: a saved tagger is fp16, and fp16 training on the CPU gives NaN losses
    model = AutoModelForTokenClassification.from_pretrained(
        path, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={n: i for i, n in enumerate(LABELS)}, dtype=torch.float32,
    )
    if cfg.freeze_embeddings:
        model.base_model.embeddings.word_embeddings.weight.requires_grad_(False)
    return model, AutoTokenizer.from_pretrained(path)


def collate(batch: list[tuple[list[int], list[int]]], tokenizer):
    """Pad a batch; CLS/SEP added, their labels ignored (-100)."""
    import torch

    width = max(len(ids) for ids, _ in batch) + 2
    ids = torch.full((len(batch), width), tokenizer.pad_token_id or 0, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for r, (seq, lab) in enumerate(batch):
        n = len(seq)
        ids[r, : n + 2] = torch.tensor([tokenizer.cls_token_id, *seq, tokenizer.sep_token_id])
        labels[r, 1 : n + 1] = torch.tensor(lab)
        mask[r, : n + 2] = 1
    return ids, mask, labels


def train_loop(model, tokenizer, windows: list, cfg: TaggerTrainConfig) -> dict:
    """AdamW with linear warmup and decay; stops at ``max_steps`` or ``max_minutes``."""
    import torch
    from transformers import get_linear_schedule_with_warmup

    rng = random.Random(cfg.seed)
    per_epoch = (len(windows) + cfg.batch_size - 1) // cfg.batch_size
    total = int(per_epoch * cfg.epochs)
    total = min(total, cfg.max_steps) if cfg.max_steps else total
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    sched = get_linear_schedule_with_warmup(opt, int(cfg.warmup * total), total)
    if cfg.precision not in ("fp32", "bf16"):
        raise ValueError(f"precision={cfg.precision!r} is not valid for the tagger (CPU training): use fp32 or bf16")
    autocast = torch.autocast("cpu", dtype=torch.bfloat16, enabled=cfg.precision == "bf16")
    model.train()
    t0, step, run_loss = time.perf_counter(), 0, 0.0
    while step < total:
        order = list(range(len(windows)))
        rng.shuffle(order)
        for k in range(0, len(order), cfg.batch_size):
            ids, mask, labels = collate([windows[i] for i in order[k : k + cfg.batch_size]], tokenizer)
            with autocast:
                loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            run_loss = 0.98 * run_loss + 0.02 * loss.item() if step > 1 else loss.item()
            elapsed = time.perf_counter() - t0
            if step % 10 == 0:
                log.info("step %d/%d loss %.4f %.1fs/step", step, total, run_loss, elapsed / step)
            if step >= total or elapsed > cfg.max_minutes * 60:
                return {"steps": step, "planned_steps": total, "seconds": round(elapsed, 1), "loss": round(run_loss, 4)}
    return {"steps": step, "planned_steps": total, "seconds": round(time.perf_counter() - t0, 1), "loss": round(run_loss, 4)}


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without whitespace, quote marks and ``.,;:!?`` at its ends (the benchmark's rule)."""
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def evaluate(tagger: Tagger, docs: list[Doc]) -> dict:
    """Exact-span P/R/F1 per tag of the raw tagger on ``docs`` (benchmark trimming rules)."""
    counts = {t: [0, 0, 0] for t in TAGS}  # tp, pred, gold
    t0 = time.perf_counter()
    for doc in docs:
        pred = {t: set() for t in TAGS}
        for tag, s, e in tagger.spans(doc.text, doc_regions(doc.text)):
            pred[tag].add(_trim(doc.text, s, e))
        for t in TAGS:
            gold = {_trim(doc.text, s, e) for s, e in doc.gold[t]}
            counts[t][0] += len(pred[t] & gold)
            counts[t][1] += len(pred[t])
            counts[t][2] += len(gold)
    out: dict = {}
    for t, (tp, npred, ngold) in counts.items():
        p, r = tp / max(npred, 1), tp / max(ngold, 1)
        out[t] = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    out["articles_per_s"] = round(len(docs) / (time.perf_counter() - t0), 2)
    return out


def save(model, tokenizer, out: Path, cfg: TaggerTrainConfig, summary: dict) -> None:
    """fp16 safetensors + tokenizer + ``tagger_config.json`` + model card into ``out``."""
    model.half().save_pretrained(str(out), safe_serialization=True)
    model.float()
    tokenizer.save_pretrained(str(out))
    config = {"schema_version": SCHEMA_VERSION, "labels": list(LABELS), "tags": list(TAGS),
              "max_length": cfg.max_length, "o_bias": cfg.o_bias, "o_bias_int8": cfg.o_bias_int8,
              "versions": _versions(), "train": asdict(cfg), **summary,
              "history": history(cfg)}
    (out / CONFIG_NAME).write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(model_card(cfg, summary), encoding="utf-8")
    for f in out.iterdir():
        f.chmod(0o644)


def history(cfg: TaggerTrainConfig) -> list[dict]:
    """Earlier training stages when ``--base`` is itself a tagger (training continued from it)."""
    prev = Path(cfg.base) / CONFIG_NAME if cfg.base else None
    if prev is None or not prev.is_file():
        return []
    old = json.loads(prev.read_text(encoding="utf-8"))
    stage = {k: old.get(k) for k in ("train", "train_stats", "dev")}
    return [*old.get("history", []), stage]


def _stages(config_history: list[dict], cfg: TaggerTrainConfig, summary: dict) -> str:
    """One line per training stage for the model card."""
    stages = [*config_history, {"train": asdict(cfg), "train_stats": summary.get("train_stats")}]
    lines = []
    for k, st in enumerate(stages, 1):
        tr, stats = st.get("train") or {}, st.get("train_stats") or {}
        threads = tr.get("threads", 1)
        lines.append(f"{k}. from `{tr.get('base') or 'all-MiniLM-L6-v2'}`: {tr.get('epochs')} epochs, lr {tr.get('lr')}, "
                     f"batch {tr.get('batch_size')}, seed {tr.get('seed')}, {stats.get('steps')} steps in "
                     f"{stats.get('seconds')} s ({threads} CPU thread{'s' if threads != 1 else ''}, "
                     f"{tr.get('precision', 'fp32')})")
    return "\n".join(lines)


def model_card(cfg: TaggerTrainConfig, summary: dict) -> str:
    """A short model card: data, training, dev scores, limits."""
    dev = summary.get("dev", {})
    rows = "\n".join(f"| {t} | {dev[t]['p']:.3f} | {dev[t]['r']:.3f} | {dev[t]['f1']:.3f} |" for t in TAGS if t in dev)
    return (
        "# attribution-tagger\n\nBIO token tagger for attribution spans (Source, Cue, Content), fine-tuned from\n"
        "all-MiniLM-L6-v2 on PolNeAR train (first annotator file per document) by `python -m training.tagger`.\n"
        "Used by `stance.tagged.TaggedExtractor`. Weights are fp16 safetensors.\n\n"
        f"Training stages (max_length {cfg.max_length}, word embeddings frozen):\n\n{_stages(history(cfg), cfg, summary)}\n\n"
        f"Decoding: Viterbi under BIO constraints, with {cfg.o_bias} added to the O logit ({cfg.o_bias_int8} when\n"
        "loaded with `quantize=True`), values chosen on PolNeAR dev (for the tagger of 2026-12-03, kept since).\n\n"
        "Raw tagger on PolNeAR dev, exact match after trimming quotes and `.,;:!?`:\n\n"
        f"| tag | P | R | F1 |\n| --- | --- | --- | --- |\n{rows}\n\n"
        "Limits: trained on 2015-16 US campaign news; a 6-layer uncased encoder and a short CPU training;\n"
        "spans do not cross segment boundaries; no linking (the extractor links spans by position and rules).\n"
    )


def run(cfg: TaggerTrainConfig, output: Path) -> dict:
    """Build data, train, evaluate on dev, save atomically; returns the summary."""
    import torch

    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    model, tokenizer = make_model(cfg)
    data = Path(cfg.data)
    train_docs = load_docs(data, "train", cfg.limit_docs)
    windows = build_windows(tokenizer, train_docs, cfg.max_length)
    log.info("%d train docs -> %d windows", len(train_docs), len(windows))
    stats = train_loop(model, tokenizer, windows, cfg)
    log.info("trained: %s", stats)
    model.eval()
    dev_docs = load_docs(data, "dev", cfg.limit_docs)
    conf = {"labels": list(LABELS), "max_length": cfg.max_length, "o_bias": cfg.o_bias}
    dev = evaluate(Tagger(model, tokenizer, conf, "cpu"), dev_docs)
    log.info("dev: %s", dev)
    summary = {"train_stats": stats, "n_train_windows": len(windows), "dev": dev}
    with atomic_output(output) as tmp:
        save(model, tokenizer, tmp, cfg, summary)
    return summary


def main(argv: list[str] | None = None) -> dict:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, required=True)
    defaults = TaggerTrainConfig()
    for name in ("epochs", "lr", "batch_size", "max_length", "seed", "threads", "max_minutes", "max_steps",
                 "limit_docs", "precision", "data", "base"):
        kind = type(getattr(defaults, name)) if getattr(defaults, name) is not None else None
        kind = {"max_steps": int, "limit_docs": int, "base": str}.get(name, kind)
        ap.add_argument(f"--{name.replace('_', '-')}", type=kind, default=getattr(defaults, name))
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    cfg = TaggerTrainConfig(**{k: v for k, v in vars(args).items() if k != "output"})
    return run(cfg, args.output)


if __name__ == "__main__":
    main()
