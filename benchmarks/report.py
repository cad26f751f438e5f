"""Writing the throughput results: JSON, a markdown table and a PNG plot (issue 6)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOALS = {"ratio": 3.0, "flop_fraction": 0.5, "articles_per_s": 5.0}
FLAT_MB = 50.0  # peak RSS may move this much between input counts and still count as flat


def _memory_growth(counts: list[dict[str, Any]]) -> dict[str, Any]:
    """Peak RSS from the first count of at least 1k (else the first) to the last one."""
    if not counts:
        return {}
    first = next((r for r in counts if r["n"] >= 1_000), counts[0])
    last = counts[-1]
    growth = last["rss_peak_mb"] - first["rss_peak_mb"]
    return {"from_n": first["n"], "to_n": last["n"], "from_mb": first["rss_peak_mb"], "to_mb": last["rss_peak_mb"],
            "growth_mb": round(growth, 1), "flat": growth <= FLAT_MB}


def summarize(res: dict[str, Any]) -> dict[str, Any]:
    """The numbers the goals are stated in, each with its goal and whether it is met."""
    compare = res.get("compare", [])
    matmul = max(res["matmul"]["flops_per_s"], res.get("matmul_end", {}).get("flops_per_s", 0.0))
    best = max((r["stance_flops_per_s"] for r in compare), default=0.0)
    out: dict[str, Any] = {
        "ratio": {str(r["n"]): round(r["ratio"], 2) for r in compare},
        "ratio_goal": GOALS["ratio"],
        "ratio_met": bool(compare) and min(r["ratio"] for r in compare) >= GOALS["ratio"],
        "label_agreement_min": min((r["label_agreement"] for r in compare), default=None),
        "encoder_flops_per_s": best, "matmul_flops_per_s": matmul,
        "flop_fraction": best / matmul if matmul else None, "flop_fraction_goal": GOALS["flop_fraction"],
        "articles_per_s": res["articles"]["articles_per_s"] if "articles" in res else None,
        "articles_goal": GOALS["articles_per_s"],
        "memory": _memory_growth(res.get("input_count", [])),
    }
    out["flop_fraction_met"] = out["flop_fraction"] is not None and out["flop_fraction"] >= GOALS["flop_fraction"]
    out["articles_met"] = out["articles_per_s"] is not None and out["articles_per_s"] >= GOALS["articles_per_s"]
    quant = res.get("quantized")
    if quant and compare:
        # two interleaved ratios multiplied: int8/fp32 (same inputs) x fp32/pipeline (first count)
        out["int8_ratio_estimate"] = round(quant["speedup"] * compare[0]["ratio"], 2)
        out["int8_stance_agreement"] = quant["stance_agreement"]
    if "articles_int8" in res:
        out["articles_int8_per_s"] = res["articles_int8"]["articles_per_s"]
    bf16 = res.get("bfloat16")
    if bf16:
        out["bf16_ratio"] = round(bf16["ratio_vs_pipeline"], 2)
        out["bf16_stance_agreement"] = bf16["stance_agreement"]
        out["bf16_sentiment_agreement"] = bf16["sentiment_agreement"]
    if "articles_bf16" in res:
        out["articles_bf16_per_s"] = res["articles_bf16"]["articles_per_s"]
    return out


def _yes(flag: Any) -> str:
    return "yes" if flag else "**no**"


def _header(res: dict[str, Any]) -> list[str]:
    m, mod = res["machine"], res["model"]
    gpu = f", GPU {m['gpu']}" if "gpu" in m else ""
    return [
        f"# Throughput: {m['device']}{' (quick smoke run, not a measurement)' if res.get('quick') else ''}",
        "",
        f"- command: `{res.get('command', 'python benchmarks/throughput.py')}` ({res.get('date', '')})",
        f"- machine: {m['cpu']}, {m['cores']} cores, {m['torch_threads']} torch threads{gpu}; "
        f"torch {m['torch']}, transformers {m['transformers']}",
        f"- load average (1/5/15 min) at start {m.get('load_average_start')}, at end {m.get('load_average_end')}",
        f"- model: `{mod['path']}`, {mod['parameters'] / 1e6:.1f}M parameters, {mod['layers']} layers x "
        f"{mod['hidden']}, attention `{mod['attention']}`, {mod['dtype']}",
        "",
    ]


def _summary(res: dict[str, Any]) -> list[str]:
    s = res["summary"]
    lines = ["## Against the goals", "", "| measure | value | goal | met |", "|---|---|---|---|"]
    for n, ratio in s["ratio"].items():
        lines.append(f"| classify / naive pipeline, {n} statements | {ratio:.2f}x | >= {s['ratio_goal']:.0f}x "
                     f"| {_yes(ratio >= s['ratio_goal'])} |")
    if "int8_ratio_estimate" in s:
        lines.append(f"| classify int8 / naive pipeline (estimate) | {s['int8_ratio_estimate']:.2f}x | "
                     f">= {s['ratio_goal']:.0f}x | {_yes(s['int8_ratio_estimate'] >= s['ratio_goal'])} (int8 "
                     f"agrees with fp32 on {s['int8_stance_agreement']:.1%} of stance labels) |")
    if "bf16_ratio" in s:
        lines.append(f"| classify bfloat16 / naive pipeline (float32), {res['bfloat16']['n']} statements | "
                     f"{s['bf16_ratio']:.2f}x | >= {s['ratio_goal']:.0f}x | {_yes(s['bf16_ratio'] >= s['ratio_goal'])} "
                     f"(bfloat16 agrees with fp32 on {s['bf16_stance_agreement']:.1%} of stance and "
                     f"{s['bf16_sentiment_agreement']:.1%} of sentiment labels) |")
    if s["flop_fraction"] is not None:
        lines.append(f"| encoder FLOP/s / matmul FLOP/s | {s['flop_fraction']:.0%} "
                     f"({s['encoder_flops_per_s'] / 1e9:.1f} / {s['matmul_flops_per_s'] / 1e9:.1f} GFLOP/s) | "
                     f">= {s['flop_fraction_goal']:.0%} | {_yes(s['flop_fraction_met'])} |")
    if s["articles_per_s"] is not None:
        lines.append(f"| predict_many, ~600-word articles | {s['articles_per_s']:.2f} articles/s | "
                     f">= {s['articles_goal']:.0f}/s | {_yes(s['articles_met'])} |")
    for name in ("int8", "bf16"):
        if f"articles_{name}_per_s" in s:
            v = s[f"articles_{name}_per_s"]
            lines.append(f"| predict_many, {name} | {v:.2f} articles/s | >= {s['articles_goal']:.0f}/s | "
                         f"{_yes(v >= s['articles_goal'])} |")
    mem = s.get("memory")
    if mem:
        lines.append(f"| peak RSS, {mem['from_n']} -> {mem['to_n']} statements streamed | {mem['from_mb']:.0f} -> "
                     f"{mem['to_mb']:.0f} MB | flat (<= {FLAT_MB:.0f} MB growth) | {_yes(mem['flat'])} |")
    return lines + [""]


def _compare(res: dict[str, Any]) -> list[str]:
    lines = ["## 1. classify vs `pipeline(\"text-classification\")`, batch 32, same weights", "",
             "| statements | classify /s | pipeline /s | ratio | same labels | same input ids | real tokens "
             "| padded tokens classify / pipeline | GFLOP/s classify / pipeline |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in res["compare"]:
        lines.append(
            f"| {r['n']} | {r['stance_per_s']:.1f} | {r['pipeline_per_s']:.1f} | {r['ratio']:.2f}x | "
            f"{r['label_agreement']:.1%} | {r['identical_input_ids']:.1%} | {r['real_tokens']} | "
            f"{r['stance_padded_tokens']} / {r['pipeline_padded_tokens']} | "
            f"{r['stance_flops_per_s'] / 1e9:.1f} / {r['pipeline_flops_per_s'] / 1e9:.1f} |")
    q = res.get("quantized")
    if q:
        lines += ["", "Dynamic int8 (`Predictor.load(..., quantize=True)`), same statements, interleaved with fp32:",
                  "", "| statements | fp32 /s | int8 /s | speed-up | same stance | same sentiment "
                  "| max stance score diff |", "|---|---|---|---|---|---|---|",
                  f"| {q['n']} | {q['float32_per_s']:.1f} | {q['int8_per_s']:.1f} | {q['speedup']:.2f}x | "
                  f"{q['stance_agreement']:.1%} | {q['sentiment_agreement']:.1%} | {q['max_stance_score_diff']:.3f} |"]
    b = res.get("bfloat16")
    if b:
        lines += ["", "bfloat16 on the CPU (`Predictor.load(..., dtype=\"bfloat16\")`, native AVX512-BF16 / AMX), same "
                  "statements, interleaved with fp32 and the fp32 pipeline:", "",
                  "| statements | fp32 /s | bf16 /s | pipeline /s | speed-up over fp32 | over pipeline | same stance "
                  "| same sentiment | max stance score diff |", "|---|---|---|---|---|---|---|---|---|",
                  f"| {b['n']} | {b['float32_per_s']:.1f} | {b['bf16_per_s']:.1f} | {b['pipeline_per_s']:.1f} | "
                  f"{b['speedup']:.2f}x | {b['ratio_vs_pipeline']:.2f}x | {b['stance_agreement']:.1%} | "
                  f"{b['sentiment_agreement']:.1%} | {b['max_stance_score_diff']:.3f} |"]
    return lines + [""]


def _articles_and_scaling(res: dict[str, Any]) -> list[str]:
    b = res["batch_size"]
    lines = ["## 2. predict_many end to end", "",
             "| network | articles | words each | quotes each | articles/s | extraction s | classification s "
             "| other s |", "|---|---|---|---|---|---|---|---|"]
    main_net = str(res.get("model", {}).get("dtype", "torch.float32")).replace("torch.", "")
    for name, a in ((main_net, res.get("articles")), ("int8", res.get("articles_int8")),
                    ("bfloat16", res.get("articles_bf16"))):
        if a:
            lines.append(f"| {name} | {a['n']} | {a['words_mean']:.0f} | {a['quotes_per_article']:.1f} | "
                         f"{a['articles_per_s']:.2f} | {a['extraction_s']:.2f} | {a['classification_s']:.2f} | "
                         f"{a['other_s']:.2f} |")
    lines += ["", "## 3. scaling", "", f"Batch size ({b['n']} statements, classifier stage, token budget lifted; "
             f"peak RSS {b['rss_peak_mb']:.0f} MB):", "",
             "| batch size | " + " | ".join(str(r["batch_size"]) for r in b["rows"]) + " |",
             "|---|" + "---|" * len(b["rows"]),
             "| statements/s | " + " | ".join(f"{r['per_s']:.1f}" for r in b["rows"]) + " |", "",
             f"The naive pipeline (batch 32) on the same statements, interleaved: "
             f"{b.get('pipeline_per_s', float('nan')):.1f} statements/s.", "",
             "Input count (streamed in chunks, results dropped):", "",
             "| statements | statements/s | peak RSS MB | CUDA max allocated MB |", "|---|---|---|---|"]
    for r in res["input_count"]:
        lines.append(f"| {r['n']} | {r['per_s']:.1f} | {r['rss_peak_mb']:.0f} | {r.get('cuda_max_allocated_mb', '-')} |")
    return lines + [""]


def _machine(res: dict[str, Any]) -> list[str]:
    mm, mod = res["matmul"], res["model"]
    end = res.get("matmul_end", mm)
    return ["## 4. the machine's limit", "",
            f"torch matmul {mm['n']}x{mm['n']} {mm['dtype']}, best of {mm['repeats']}, at the start and at the "
            f"end of the run: {mm['flops_per_s'] / 1e9:.1f} and {end['flops_per_s'] / 1e9:.1f} GFLOP/s; the "
            "higher is the limit. Encoder FLOP/s count executed work (padding included) over the best "
            "classify time. Encoder FLOPs per sequence of L tokens (padded width): "
            "n_layers x (2 L (4 d^2 + 2 d d_ff) + 4 L^2 d) + 2 d n_labels "
            f"= {mod['linear_flops_per_token'] / 1e6:.1f} MFLOP per token in the linear layers plus "
            f"{4 * mod['layers'] * mod['hidden']} L FLOP per token of attention; "
            "layer norms, GELU, softmax and embeddings are not counted."
            + (f" The same matmul in bfloat16: {res['matmul_bf16']['flops_per_s'] / 1e9:.1f} GFLOP/s."
               if "matmul_bf16" in res else ""), ""]


def markdown(res: dict[str, Any]) -> str:
    return "\n".join(_header(res) + _summary(res) + _compare(res) + _articles_and_scaling(res) + _machine(res))


def plot(res: dict[str, Any], path: Path) -> None:
    """Throughput against batch size, with the naive pipeline (batch 32) as a reference line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = res["batch_size"]["rows"]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot([r["batch_size"] for r in rows], [r["per_s"] for r in rows], "o-", label="stance classify")
    naive = res["batch_size"].get("pipeline_per_s")
    if naive:  # measured on the same statements, interleaved with the sweep
        ax.axhline(naive, color="grey", ls="--", label="naive pipeline, batch 32")
        ax.plot([32], [naive], "x", color="grey")
    ax.set_xscale("log", base=2)
    ax.set_xlabel("batch size")
    ax.set_ylabel("statements / s")
    ax.set_title(f"{res['machine']['device']}: {res['machine']['cpu'][:40]}", fontsize=9)
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_all(res: dict[str, Any], out: Path, stem: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{stem}.json", out / f"{stem}.md", out / f"{stem}-batch.png"]
    paths[0].write_text(json.dumps(res, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    paths[1].write_text(markdown(res), encoding="utf-8")
    plot(res, paths[2])
    return paths
