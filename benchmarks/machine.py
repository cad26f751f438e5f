"""The machine's own limit and what the encoder reaches of it (issue 6, part 4).

FLOPs of one sequence of ``L`` tokens (padded width ``L`` when counting executed work) through a
BERT encoder of ``n`` layers, hidden size ``d``, feed-forward size ``f`` and ``h`` output labels::

    FLOPs(L) = n * (2 * L * (4 d^2 + 2 d f)    # Q, K, V, O projections and the two FFN matmuls
                    + 4 * L^2 * d)              # Q K^T and softmax(.) V, all heads together
               + 2 * d * h                      # the heads over the pooled vector

(a multiply-add counts 2). Embedding look-ups, layer norms, GELU, softmax and the mean pool are
memory-bound and left out, so the fraction is a lower bound on how busy the cores are. For
all-MiniLM-L6-v2 (n=6, d=384, f=1536) the linear layers cost 21.2 MFLOP per token.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Sequence

import torch


def linear_flops_per_token(config) -> int:
    d, f = config.hidden_size, config.intermediate_size
    return config.num_hidden_layers * 2 * (4 * d * d + 2 * d * f)


def sequence_flops(config, length: int, n_labels: int = 0) -> int:
    """FLOPs of one sequence of ``length`` tokens (see the module docstring for the formula)."""
    attention = config.num_hidden_layers * 4 * length * length * config.hidden_size
    return length * linear_flops_per_token(config) + attention + 2 * config.hidden_size * n_labels


def batches_flops(config, batches: Sequence[tuple[int, int]]) -> int:
    """Executed FLOPs of ``(rows, padded width)`` batches: padding costs what real tokens cost."""
    return sum(rows * sequence_flops(config, width) for rows, width in batches)


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def matmul_flops(device: torch.device, *, n: int | None = None, repeats: int = 5,
                 dtype: torch.dtype = torch.float32) -> dict[str, float]:
    """Best-of-``repeats`` FLOP/s of an ``n`` x ``n`` matmul in torch on ``device`` (fp32 by default)."""
    n = n or (8192 if device.type == "cuda" else 2048)
    a = torch.randn(n, n, device=device, dtype=dtype)
    b = torch.randn(n, n, device=device, dtype=dtype)
    a @ b  # warm-up: first call pays for allocation and kernel selection
    _sync(device)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        a @ b
        _sync(device)
        best = min(best, time.perf_counter() - start)
    return {"n": n, "dtype": str(dtype).replace("torch.", ""), "repeats": repeats, "seconds": best,
            "flops_per_s": 2 * n ** 3 / best}


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return []


def describe(device: torch.device) -> dict[str, object]:
    """What ran the benchmark: CPU, cores, threads, GPU, library versions, load."""
    import transformers

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    info: dict[str, object] = {
        "device": str(device), "cpu": cpu_name(), "cores": cores, "torch_threads": torch.get_num_threads(),
        "torch": torch.__version__, "transformers": transformers.__version__,
        "python": platform.python_version(), "load_average_start": load_average(),
    }
    if device.type == "cuda":
        info["gpu"] = torch.cuda.get_device_name(device)
    return info
