"""Device and precision rules (STYLE.md 9): explicit, chosen once, never moved inside predict."""

from __future__ import annotations

import os
import warnings

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


def cpu_has_native_bf16() -> bool:
    """Whether this CPU runs bfloat16 matrix products natively (AVX512-BF16 or AMX, through oneDNN).

    On such a CPU bfloat16 inference is several times faster than float32 (README "Speed"); elsewhere torch
    emulates it, slower than float32.
    """
    check = getattr(getattr(torch.ops, "mkldnn", None), "_is_mkldnn_bf16_supported", None)
    try:
        return bool(check()) if check is not None else False
    except (RuntimeError, AttributeError):
        return False


def native_bf16(device: torch.device) -> bool:
    """Whether ``device`` runs bfloat16 natively: a CUDA GPU that supports it, or a CPU with AVX512-BF16 / AMX."""
    if device.type == "cuda":
        return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    return device.type == "cpu" and cpu_has_native_bf16()


def resolve_dtype(dtype: str | torch.dtype | None, device: torch.device) -> torch.dtype:
    """Return the compute dtype: float32 by default; bfloat16 on CUDA or the CPU; float16 only on CUDA;
    ``"auto"``: bfloat16 where the device runs it natively (:func:`native_bf16`), float32 elsewhere.

    bfloat16 on a CPU without native bfloat16 (see :func:`cpu_has_native_bf16`) is allowed with a warning:
    it is emulated there and slower than float32.

    Raises:
        ValueError: unknown dtype name, or a half precision the device cannot run.
    """
    if dtype is None:
        return torch.float32
    if dtype == "auto":
        return torch.bfloat16 if native_bf16(device) else torch.float32
    if isinstance(dtype, str):
        if dtype not in _DTYPES:
            raise ValueError(f"dtype={dtype!r} is not supported. Available: {sorted(_DTYPES) + ['auto']}")
        dtype = _DTYPES[dtype]
    if dtype not in (torch.float32, torch.bfloat16, torch.float16):
        raise ValueError(f"dtype={dtype} is not supported; use float32, bfloat16 or float16")
    if dtype == torch.float32 or device.type == "cuda":
        return dtype
    if dtype == torch.bfloat16 and device.type == "cpu":
        if not cpu_has_native_bf16():
            warnings.warn("dtype=bfloat16 on a CPU without native bfloat16 (AVX512-BF16 / AMX): torch emulates it, "
                          "slower than float32", RuntimeWarning, stacklevel=3)
        return dtype
    allowed = "bfloat16 on the CPU or CUDA" if device.type == "cpu" else "half precision only on CUDA"
    raise ValueError(f"dtype={dtype} is not allowed on device {device.type!r} ({allowed}); use float32 there.")


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
