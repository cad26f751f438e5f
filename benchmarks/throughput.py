"""Throughput benchmark: ``stance`` against the naive ``transformers`` pipeline, same inputs, same weights.

Usage (from a repository checkout)::

    python benchmarks/throughput.py [--model DIR] [--device cpu|cuda|mps] [--quick] [--large] [--out DIR]
    stance bench [same flags]

One run measures (issue 6):

1. statements/s of ``Predictor.classify`` against ``pipeline("text-classification")`` with
   ``batch_size=32`` over the same weights (see :mod:`benchmarks.baseline`), at 1k and 10k generated
   statements, the ratio, and whether the labels agree (int8 quantisation too, on the CPU, and bfloat16 on a
   CPU with native bfloat16, timed against the same pipeline);
2. articles/s of ``predict_many`` on generated ~600-word articles, time split between extraction and
   classification;
3. statements/s against batch size (1..128) and against input count (100, 1k, 10k; 100k with
   ``--large``), fed as a stream in chunks, with peak RSS (and CUDA max allocated) for each;
4. the torch matmul FLOP/s of the machine and the fraction of it the encoder reaches
   (formula in :mod:`benchmarks.machine`).

Timings are the best of a few runs, ours and the baseline's interleaved so that load from other
processes hits both alike; the load average is recorded. Writes
``<out>/<device>-<date>.json``, ``.md`` and ``-batch.png`` (``-quick`` in the name with ``--quick``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as a script: make `stance` and `benchmarks` importable
    sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from benchmarks import baseline, machine, report, synth  # noqa: E402
from benchmarks.memory import PeakMemory  # noqa: E402
from stance.device import cpu_has_native_bf16  # noqa: E402
from stance.preprocess import make_input  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
NAIVE_BATCH = 32


@dataclass(frozen=True)
class Plan:
    compare_counts: tuple[int, ...] = (1_000, 10_000)
    articles: int = 30
    batch_sizes: tuple[int, ...] = (1, 8, 16, 32, 64, 128)
    sweep_statements: int = 256
    counts: tuple[int, ...] = (100, 1_000, 10_000)
    stream_chunk: int = 1_024
    matmul_n: int | None = None
    repeats: int = 2
    seed: int = 0

    @classmethod
    def make(cls, quick: bool, large: bool) -> Plan:
        if quick:
            return cls(compare_counts=(40, 120), articles=2, sweep_statements=16, counts=(20, 60),
                       stream_chunk=16, matmul_n=256, repeats=1)
        return cls(counts=(100, 1_000, 10_000, 100_000) if large else (100, 1_000, 10_000))


def best_time(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """Best wall time of ``repeats`` calls, and the last result."""
    best, out = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def interleaved(fns: dict[str, Callable[[], Any]], repeats: int) -> tuple[dict[str, float], dict[str, Any]]:
    """Best time of each function over ``repeats`` rounds, one call of each per round."""
    times = {k: float("inf") for k in fns}
    outs: dict[str, Any] = {}
    for _ in range(repeats):
        for name, fn in fns.items():
            t, outs[name] = best_time(fn, 1)
            times[name] = min(times[name], t)
    return times, outs


def repeats_for(n: int, plan: Plan) -> int:
    return plan.repeats if n <= 2_000 else 1


# -- 1. classify vs the naive pipeline ----------------------------------------------------------
def token_stats(predictor, stmts: list[dict[str, str]]) -> dict[str, Any]:
    """Our encoded inputs, the pipeline's pairs, and the real/padded token counts of both batchings."""
    from stance.classifier import DEFAULT_BATCH_SIZE, plan_batches

    c = predictor.classifier
    encoded = c._preprocess([make_input(synth.TARGET, s["text"], s["context"], s["speaker"]) for s in stmts])
    lengths = [len(e.input_ids) for e in encoded]
    ours = [(len(b), max(lengths[i] for i in b))
            for b in plan_batches(lengths, DEFAULT_BATCH_SIZE, c.token_budget())]
    naive = [(len(lengths[i:i + NAIVE_BATCH]), max(lengths[i:i + NAIVE_BATCH]))
             for i in range(0, len(lengths), NAIVE_BATCH)]
    return {"encoded": encoded, "real_tokens": sum(lengths), "ours_batches": ours, "naive_batches": naive}


def compare_one(predictor, pipe, n: int, plan: Plan) -> dict[str, Any]:
    stmts = list(synth.statements(n, plan.seed))
    stats = token_stats(predictor, stmts)
    tok, cfg = predictor.classifier.tokenizer, predictor.config
    pairs = baseline.pair_texts(tok, stats["encoded"])
    times, outs = interleaved({
        "stance": lambda: predictor.classify(stmts, synth.TARGET),
        "pipeline": lambda: baseline.run_pipeline(pipe, pairs, cfg.max_length, NAIVE_BATCH),
    }, repeats_for(n, plan))
    agree = sum(q.stance == lab for q, lab in zip(outs["stance"], outs["pipeline"])) / n
    model_cfg = predictor.classifier.model.config
    ours_flops = machine.batches_flops(model_cfg, stats["ours_batches"])
    naive_flops = machine.batches_flops(model_cfg, stats["naive_batches"])
    return {
        "n": n, "repeats": repeats_for(n, plan), "load_average": machine.load_average(),
        "stance_s": times["stance"], "pipeline_s": times["pipeline"],
        "stance_per_s": n / times["stance"], "pipeline_per_s": n / times["pipeline"],
        "ratio": times["pipeline"] / times["stance"], "label_agreement": agree,
        "identical_input_ids": baseline.same_ids(tok, pairs, stats["encoded"], cfg.max_length),
        "real_tokens": stats["real_tokens"],
        "stance_padded_tokens": sum(r * w for r, w in stats["ours_batches"]),
        "pipeline_padded_tokens": sum(r * w for r, w in stats["naive_batches"]),
        "stance_flops_per_s": ours_flops / times["stance"], "pipeline_flops_per_s": naive_flops / times["pipeline"],
    }


def compare_section(predictor, pipe, plan: Plan) -> list[dict[str, Any]]:
    warm = list(synth.statements(8, plan.seed + 1))
    predictor.classify(warm, synth.TARGET)
    baseline.run_pipeline(pipe, baseline.pair_texts(predictor.classifier.tokenizer, token_stats(
        predictor, warm)["encoded"]), predictor.config.max_length)
    rows = []
    for n in plan.compare_counts:
        rows.append(compare_one(predictor, pipe, n, plan))
        log(f"classify vs pipeline, {n} statements: {rows[-1]['stance_per_s']:.1f} vs "
            f"{rows[-1]['pipeline_per_s']:.1f} /s, x{rows[-1]['ratio']:.2f}, agree {rows[-1]['label_agreement']:.3f}")
    return rows


# -- int8 and bfloat16 on the CPU -------------------------------------------------------------------
def load_variant(predictor, **kwargs: Any):
    """The same model loaded again on the CPU with ``kwargs`` (``quantize=True`` or ``dtype="bfloat16"``),
    sharing the float32 predictor's spaCy pipeline."""
    from stance.predictor import Predictor

    v = Predictor.load(predictor.model_path, device="cpu", num_threads=torch.get_num_threads(), **kwargs)
    v._extractor = predictor.extractor  # read-only; loaded once
    return v


def variant_section(predictor, other, name: str, plan: Plan, pipe=None) -> dict[str, Any]:
    """float32 against ``other`` (int8 or bfloat16) on the first comparison's statements, interleaved, with
    label agreement; with ``pipe``, the naive float32 pipeline in the same rounds (a measured ratio)."""
    stmts = list(synth.statements(plan.compare_counts[0], plan.seed))
    other.classify(stmts[:8], synth.TARGET)
    fns = {"float32": lambda: predictor.classify(stmts, synth.TARGET),
           name: lambda: other.classify(stmts, synth.TARGET)}
    if pipe is not None:
        encoded = token_stats(predictor, stmts)["encoded"]
        pairs = baseline.pair_texts(predictor.classifier.tokenizer, encoded)
        fns["pipeline"] = lambda: baseline.run_pipeline(pipe, pairs, predictor.config.max_length, NAIVE_BATCH)
    times, outs = interleaved(fns, plan.repeats)
    pairs_ = list(zip(outs["float32"], outs[name]))
    n = len(stmts)
    out = {
        "n": n, "float32_per_s": n / times["float32"], f"{name}_per_s": n / times[name],
        "speedup": times["float32"] / times[name],
        "stance_agreement": sum(a.stance == b.stance for a, b in pairs_) / n,
        "sentiment_agreement": sum(a.sentiment == b.sentiment for a, b in pairs_) / n,
        "max_stance_score_diff": max(abs(a.stance_scores[k] - b.stance_scores[k]) for a, b in pairs_
                                     for k in a.stance_scores),
        "load_average": machine.load_average(),
    }
    if pipe is not None:
        out["pipeline_per_s"] = n / times["pipeline"]
        out["ratio_vs_pipeline"] = times["pipeline"] / times[name]
    log(f"{name}: x{out['speedup']:.2f} over float32, stance agreement {out['stance_agreement']:.3f}")
    return out


# -- 2. articles end to end -----------------------------------------------------------------------
def _timed(fn: Callable[..., Any], bucket: list[float], materialize: bool = False) -> Callable[..., Any]:
    """``fn`` adding its wall time to ``bucket``; ``materialize`` runs a returned generator to the end."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            out = fn(*args, **kwargs)
            return iter(list(out)) if materialize else out  # the work happens here, not in the caller
        finally:
            bucket.append(time.perf_counter() - start)

    return wrapper


def articles_section(predictor, plan: Plan) -> dict[str, Any]:
    texts = list(synth.articles(plan.articles, plan.seed))
    predictor.predict(next(synth.articles(1, plan.seed + 3)), synth.TARGET)  # loads spaCy, warms up
    extractor, classifier = predictor.extractor, predictor.classifier
    ext_t: list[float] = []
    cls_t: list[float] = []
    extractor.extract_many = _timed(extractor.extract_many, ext_t, materialize=True)
    classifier.classify = _timed(classifier.classify, cls_t)
    try:
        start = time.perf_counter()
        results = predictor.predict_many(texts, synth.TARGET, progress=False)
        total = time.perf_counter() - start
    finally:
        del extractor.extract_many, classifier.classify  # back to the class methods
    speakers = sum(len(r.speakers) for r in results)
    quotes = sum(len(s.quotes) for r in results for s in r.speakers) + sum(len(r.unattributed) for r in results)
    out = {
        "n": len(texts), "words_mean": sum(len(t.split()) for t in texts) / len(texts),
        "quotes_per_article": quotes / len(texts), "speakers_per_article": speakers / len(texts),
        "seconds": total, "articles_per_s": len(texts) / total,
        "extraction_s": sum(ext_t), "classification_s": sum(cls_t),
        "other_s": total - sum(ext_t) - sum(cls_t), "load_average": machine.load_average(),
    }
    log(f"predict_many {network_name(predictor)}: "
        f"{out['articles_per_s']:.2f} articles/s (extraction {out['extraction_s']:.1f}s, "
        f"classification {out['classification_s']:.1f}s)")
    return out


def network_name(predictor) -> str:
    return "int8" if predictor.classifier.quantized else str(predictor.classifier.dtype).replace("torch.", "")


# -- 3. scaling ------------------------------------------------------------------------------------
def batch_size_section(predictor, pipe, plan: Plan) -> dict[str, Any]:
    """Classifier stage statements/s per batch size (the token budget is lifted so the size binds),
    and the naive pipeline at batch 32 on the same statements, interleaved with them."""
    stmts = list(synth.statements(plan.sweep_statements, plan.seed + 4))
    c, max_len = predictor.classifier, predictor.config.max_length
    encoded = token_stats(predictor, stmts)["encoded"]
    pairs = baseline.pair_texts(c.tokenizer, encoded)
    inputs = [make_input(synth.TARGET, s["text"], s["context"], s["speaker"]) for s in stmts]
    fns: dict[Any, Callable[[], Any]] = {
        bs: (lambda bs=bs: c.classify(inputs, batch_size=bs, token_budget=bs * max_len)) for bs in plan.batch_sizes}
    fns["pipeline"] = lambda: baseline.run_pipeline(pipe, pairs, max_len, NAIVE_BATCH)
    with PeakMemory(predictor.device) as mem:
        times, _ = interleaved(fns, plan.repeats)
    rows = [{"batch_size": bs, "n": len(inputs), "seconds": times[bs], "per_s": len(inputs) / times[bs]}
            for bs in plan.batch_sizes]
    log("batch sizes: " + ", ".join(f"{r['batch_size']}: {r['per_s']:.1f}/s" for r in rows)
        + f"; pipeline {len(inputs) / times['pipeline']:.1f}/s")
    return {"n": len(inputs), "rows": rows, "pipeline_per_s": len(inputs) / times["pipeline"], **mem.result()}


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def count_section(predictor, plan: Plan) -> list[dict[str, Any]]:
    """Statements/s and peak memory against input count; statements stream in, results are dropped."""
    rows = []
    for n in plan.counts:
        done = 0
        with PeakMemory(predictor.device) as mem:
            start = time.perf_counter()
            for chunk in _chunks(synth.statements(n, plan.seed + 5), plan.stream_chunk):
                done += len(predictor.classify(chunk, synth.TARGET))
            seconds = time.perf_counter() - start
        rows.append({"n": done, "seconds": seconds, "per_s": done / seconds, **mem.result(),
                     "load_average": machine.load_average()})
        log(f"{done} statements streamed: {rows[-1]['per_s']:.1f}/s, peak RSS {rows[-1]['rss_peak_mb']} MB")
    return rows


# -- run -------------------------------------------------------------------------------------------
def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="stance bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="model directory (default: $STANCE_MODEL or the shipped model)")
    ap.add_argument("--device", help="cpu, cuda, cuda:N or mps (default: cuda, then mps, then cpu)")
    ap.add_argument("--dtype", default=None, help="float32 (default), bfloat16 (CUDA or CPU), float16 (CUDA)")
    ap.add_argument("--threads", type=int, default=None, help="CPU threads (default: the cores available)")
    ap.add_argument("--quick", action="store_true", help="tiny counts: a smoke test, not a measurement")
    ap.add_argument("--large", action="store_true", help="add 100k statements to the input-count scaling")
    ap.add_argument("--no-quantized", action="store_true", help="skip the int8 measurement on CPU")
    ap.add_argument("--no-bf16", action="store_true",
                    help="skip the bfloat16 measurement on a CPU with native bfloat16 (AVX512-BF16 / AMX)")
    ap.add_argument("--no-articles", action="store_true",
                    help="skip predict_many (e.g. on a GPU image without spaCy); the classifier sections still run")
    ap.add_argument("--tag", default="", help="appended to the output file names, e.g. the machine (cpu-DATE-TAG.md)")
    ap.add_argument("--out", type=Path, default=RESULTS, help=f"output directory (default: {RESULTS})")
    return ap.parse_args(argv)


def run(args: argparse.Namespace) -> dict[str, Any]:
    from stance.predictor import Predictor

    plan = Plan.make(args.quick, args.large)
    predictor = Predictor.load(args.model, device=args.device, dtype=args.dtype, num_threads=args.threads)
    dev = predictor.device
    cfg = predictor.classifier.model.config
    res: dict[str, Any] = {"command": args.command, "date": dt.datetime.now().isoformat(timespec="minutes"),
                           "machine": machine.describe(dev), "plan": asdict(plan), "quick": args.quick}
    res["model"] = {"path": predictor.model_path, "dtype": str(predictor.classifier.dtype),
                    "attention": getattr(cfg, "_attn_implementation", None), "layers": cfg.num_hidden_layers,
                    "hidden": cfg.hidden_size, "intermediate": cfg.intermediate_size,
                    "parameters": sum(p.numel() for p in predictor.classifier.model.parameters()),
                    "linear_flops_per_token": machine.linear_flops_per_token(cfg)}
    res["matmul"] = machine.matmul_flops(dev, n=plan.matmul_n, repeats=max(3, plan.repeats + 2))
    log(f"matmul: {res['matmul']['flops_per_s'] / 1e9:.1f} GFLOP/s")
    pipe = baseline.make_pipeline(predictor.classifier.model, predictor.classifier.tokenizer, dev)
    res["compare"] = compare_section(predictor, pipe, plan)
    variants = {}
    if dev.type == "cpu" and not args.no_quantized:
        variants["int8"] = load_variant(predictor, quantize=True)
        res["quantized"] = variant_section(predictor, variants["int8"], "int8", plan)
    if dev.type == "cpu" and predictor.classifier.dtype == torch.float32 and not args.no_bf16 \
            and (cpu_has_native_bf16() or args.quick):
        variants["bf16"] = load_variant(predictor, dtype="bfloat16")
        res["bfloat16"] = variant_section(predictor, variants["bf16"], "bf16", plan, pipe)
        res["matmul_bf16"] = machine.matmul_flops(dev, n=plan.matmul_n, repeats=max(3, plan.repeats + 2),
                                                  dtype=torch.bfloat16)
    if not args.no_articles:
        res["articles"] = articles_section(predictor, plan)
        for name, variant in variants.items():
            res[f"articles_{name}"] = articles_section(variant, plan)
    res["batch_size"] = batch_size_section(predictor, pipe, plan)
    res["input_count"] = count_section(predictor, plan)
    # measured again at the end: the machine's limit is the better of the two (load from others varies)
    res["matmul_end"] = machine.matmul_flops(dev, n=plan.matmul_n, repeats=max(3, plan.repeats + 2))
    res["machine"]["load_average_end"] = machine.load_average()
    res["summary"] = report.summarize(res)
    return res


def main(argv: list[str] | None = None) -> int:
    from stance.errors import ModelLoadError

    args = parse_args(argv)
    args.command = " ".join(["python benchmarks/throughput.py", *(sys.argv[1:] if argv is None else argv)])
    try:
        res = run(args)
    except (ModelLoadError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stem = f"{torch.device(res['machine']['device']).type}-{dt.date.today().isoformat()}" + (f"-{args.tag}" if args.tag else "")
    paths = report.write_all(res, args.out, stem + ("-quick" if args.quick else ""))
    print(report.markdown(res))
    for p in paths:
        log(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
