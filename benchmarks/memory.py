"""Peak memory of one phase: process RSS sampled in a thread (psutil), and CUDA max allocated."""

from __future__ import annotations

import threading

import torch


class PeakMemory:
    """Context manager recording the peak RSS while it is open (and CUDA max allocated on ``device``).

    ``ru_maxrss`` only ever grows over the whole process, so it cannot tell one phase from the
    next; a sampler every ``interval`` seconds can. Short spikes between samples are missed.

    Example:
        >>> with PeakMemory() as mem:   # doctest: +SKIP
        ...     work()
        >>> mem.result()["rss_peak_mb"]  # doctest: +SKIP
    """

    def __init__(self, device: torch.device | None = None, interval: float = 0.01):
        import psutil

        self._proc = psutil.Process()
        self.device = device
        self.interval = interval
        self.start_rss = self.peak_rss = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak_rss = max(self.peak_rss, self._proc.memory_info().rss)

    def __enter__(self) -> PeakMemory:
        self.start_rss = self.peak_rss = self._proc.memory_info().rss
        if self.device is not None and self.device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(self.device)
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.peak_rss = max(self.peak_rss, self._proc.memory_info().rss)

    def result(self) -> dict[str, float]:
        mb = 1024 * 1024
        out = {"rss_start_mb": round(self.start_rss / mb, 1), "rss_peak_mb": round(self.peak_rss / mb, 1)}
        if self.device is not None and self.device.type == "cuda":
            out["cuda_max_allocated_mb"] = round(torch.cuda.max_memory_allocated(self.device) / mb, 1)
        return out
