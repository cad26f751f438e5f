"""Where a GPU's time goes in ``classify``, and which batch settings pay: a short run for a lent GPU.

The first GPU run (2026-12-04, H200, ``benchmarks/results/cuda-2026-12-04-*.md``) read only 1.0-1.4x the naive
pipeline, with the encoder at 7% of the card's float32 matmul rate: the network is not what bounds it. This
script splits one ``classify`` call into its stages (tokenising and assembling on the CPU, the forward passes
with the device synchronised, turning logits into results) and times whole calls at several batch sizes and
token budgets against the same pipeline, in float32 and bfloat16, on the same generated statements::

    python benchmarks/gpu_batching.py --device cuda --out DIR     # about a minute on an H200
    python benchmarks/gpu_batching.py --device cpu --n 300 --out /tmp/x   # smoke run

Writes ``DIR/gpu-batching-<device>.json`` and prints a table. A report, not a test: no goal is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import baseline, machine, synth  # noqa: E402
from stance.preprocess import make_input  # noqa: E402

SETTINGS = ((64, 8192), (256, 32768), (1024, 131072))  # (batch size, token budget); the first was the default
NAIVE_BATCH = 32


def sync(device) -> None:
    import torch

    if device.type == "cuda":
        torch.cuda.synchronize(device)


def best(fn, repeats: int, device) -> float:
    times = []
    for _ in range(repeats):
        sync(device)
        t = time.perf_counter()
        fn()
        sync(device)
        times.append(time.perf_counter() - t)
    return min(times)


def stages(predictor, stmts, batch_size: int, token_budget: int) -> dict[str, float]:
    """Seconds of each stage of one classify call, the device synchronised after every forward."""
    c = predictor.classifier
    t = time.perf_counter()
    inputs = [make_input(synth.TARGET, s["text"], s["context"], s["speaker"]) for s in stmts]
    t_inputs = time.perf_counter()
    encoded = c._preprocess(inputs)
    t_encode = time.perf_counter()
    batches = list(c._batches(encoded, batch_size, token_budget))
    t_collate = time.perf_counter()
    outs = []
    for b in batches:
        outs.append(c._forward(b))  # returns numpy arrays: a device synchronisation per batch
    t_forward = time.perf_counter()
    import numpy as np

    stance = np.concatenate([o[0] for o in outs])
    senti = np.concatenate([o[1] for o in outs])
    c._postprocess([s["text"] for s in stmts], stance, senti, [e.truncated for e in encoded])
    t_post = time.perf_counter()
    return {"inputs_s": t_inputs - t, "tokenize_s": t_encode - t_inputs, "collate_s": t_collate - t_encode,
            "forward_s": t_forward - t_collate, "batches": len(batches), "postprocess_s": t_post - t_forward}


def run(args: argparse.Namespace) -> dict:
    import stance

    stmts = list(synth.statements(args.n, 11))
    from stance.device import resolve_device

    res: dict = {"n": args.n, "machine": machine.describe(resolve_device(args.device)), "rows": []}
    for dtype in args.dtypes:
        p = stance.load(args.model, device=args.device, dtype=dtype)
        dev = p.device
        pipe = baseline.make_pipeline(p.classifier.model, p.classifier.tokenizer, dev)
        encoded = p.classifier._preprocess([make_input(synth.TARGET, s["text"], s["context"], s["speaker"])
                                            for s in stmts])
        pairs = baseline.pair_texts(p.classifier.tokenizer, encoded)
        p.classify(stmts[:256], synth.TARGET)
        baseline.run_pipeline(pipe, pairs[:256], p.config.max_length, NAIVE_BATCH)
        naive = best(partial(baseline.run_pipeline, pipe, pairs, p.config.max_length, NAIVE_BATCH), args.repeats, dev)
        public = best(partial(p.classify, stmts, synth.TARGET), args.repeats, dev)  # the API call, defaults
        ref = p.classify(stmts, synth.TARGET)

        def call(bs: int, tb: int, items=stmts, p=p):  # Predictor.classify with a token budget: the same work
            inputs = [make_input(synth.TARGET, s["text"], s["context"], s["speaker"]) for s in items]
            return p.classifier.classify(inputs, texts=[s["text"] for s in items], batch_size=bs, token_budget=tb)

        for bs, tb in SETTINGS:
            call(bs, tb, stmts[:bs])  # warm this shape range
            secs = best(partial(call, bs, tb), args.repeats, dev)
            out = call(bs, tb)
            row = {"dtype": dtype, "batch_size": bs, "token_budget": tb, "classify_per_s": args.n / secs,
                   "public_classify_per_s": args.n / public,
                   "pipeline_per_s": args.n / naive, "ratio": naive / secs,
                   "same_labels_as_default": sum(a.stance == b.stance for a, b in zip(ref, out)) / args.n,
                   **stages(p, stmts, bs, tb)}
            res["rows"].append(row)
            print(f"{dtype:9s} batch {bs:5d} budget {tb:6d}: {row['classify_per_s']:8.1f}/s, pipeline "
                  f"{row['pipeline_per_s']:8.1f}/s ({row['ratio']:.2f}x); stages s: inputs {row['inputs_s']:.3f} "
                  f"tokenize {row['tokenize_s']:.3f} collate {row['collate_s']:.3f} forward {row['forward_s']:.3f} "
                  f"({row['batches']} batches) post {row['postprocess_s']:.3f}", flush=True)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--dtypes", nargs="+", default=["bfloat16", "float32"])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args(argv)
    res = run(args)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"gpu-batching-{args.device.split(':')[0]}.json"
    path.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
