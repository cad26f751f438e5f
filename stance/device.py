"""Device and precision rules (STYLE.md 9): explicit, chosen once, never moved inside predict."""

from __future__ import annotations

import os

import torch

_DTYPES = {
    "float32": torch.float32,
    "fp32": torch.float32,
    "bfloat16": torch.bfloat16,
    "bf16": torch.bfloat16,
    "float16": torch.float16,
    "fp16": torch.float16,
}


def _mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def resolve_device(device: str | torch.device | None = None) -> torch.device:
    """Return the device to run on: the one asked for, else cuda, then mps, then cpu.

    Raises:
        ValueError: the name is not a torch device, or that device is not available here.
    """
    if device is None:
        if torch.cuda.is_available():
            return torch.device("cuda")
        if _mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        dev = torch.device(device)
    except (RuntimeError, TypeError) as exc:
        raise ValueError(f"device={device!r} is not a valid torch device (try 'cpu', 'cuda', 'cuda:0', 'mps')") from exc
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device={device!r} was requested but CUDA is not available in this torch build")
    if dev.type == "mps" and not _mps_available():
        raise ValueError(f"device={device!r} was requested but MPS is not available on this machine")
    return dev


def resolve_dtype(dtype: str | torch.dtype | None, device: torch.device) -> torch.dtype:
    """Return the compute dtype: float32 by default; bfloat16/float16 only on CUDA.

    Raises:
        ValueError: unknown dtype name, or half precision asked for off CUDA.
    """
    if dtype is None:
        return torch.float32
    if isinstance(dtype, str):
        if dtype not in _DTYPES:
            raise ValueError(f"dtype={dtype!r} is not supported. Available: {sorted(_DTYPES)}")
        dtype = _DTYPES[dtype]
    if dtype not in (torch.float32, torch.bfloat16, torch.float16):
        raise ValueError(f"dtype={dtype} is not supported; use float32, bfloat16 or float16")
    if dtype != torch.float32 and device.type != "cuda":
        raise ValueError(f"dtype={dtype} is only allowed on CUDA; device is {device.type!r}. Use float32 there.")
    return dtype


def default_threads() -> int:
    """A sensible intra-op thread count for CPU inference (issue 6).

    ``$STANCE_NUM_THREADS`` if set; else the cores this process may use, less those that other
    processes keep busy (the 1-minute load average, rounded down), and at least 1. Torch's OpenMP
    threads meet at a barrier after every operator, so a thread that shares its core with another
    busy process stalls all of them: on the 2-core benchmark machine at load ~7, one thread ran the
    MiniLM encoder 1.35x faster than two, and a tiny 2-layer model 14x faster.
    """
    env = os.environ.get("STANCE_NUM_THREADS")
    if env:
        return max(1, int(env))
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        n = os.cpu_count() or 1
    try:
        busy = int(os.getloadavg()[0])
    except (AttributeError, OSError):  # Windows
        busy = 0
    return max(1, min(n, n - busy))
