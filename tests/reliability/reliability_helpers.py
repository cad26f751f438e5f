"""Helpers for the reliability suite (issue 7): offset checks and a peak-RSS sampler.

Not a conftest.py: tests import ``conftest`` by name, and a second one would shadow tests/conftest.py.
"""

from __future__ import annotations

import threading
import time


def quotes_of(result):
    """Every quote of an ArticleStance: the speakers' and the unattributed ones."""
    return [q for s in result.speakers for q in s.quotes] + list(result.unattributed)


def assert_offsets(text: str, quotes) -> None:
    """Every span of every quote indexes the caller's ``text`` and holds exactly what it claims."""
    n = len(text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= n, (q.start, q.end, n)
        assert text[q.start:q.end] == q.text and len(q.text) == q.end - q.start
        for s, e, val in ((q.speaker_start, q.speaker_end, q.speaker_mention), (q.cue_start, q.cue_end, q.cue)):
            if s is not None:
                assert 0 <= s <= e <= n and text[s:e] == val
        if q.context_start is not None:
            assert 0 <= q.context_start <= q.context_end <= n


class PeakRSS:
    """Sample this process's resident memory in a thread; ``growth`` is the peak above the start, in MB."""

    def __init__(self, interval: float = 0.01):
        import psutil

        self._proc = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self.start_rss = self.peak_rss = self._proc.memory_info().rss
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_rss = max(self.peak_rss, self._proc.memory_info().rss)
            time.sleep(self._interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_rss = max(self.peak_rss, self._proc.memory_info().rss)

    @property
    def growth_mb(self) -> float:
        return (self.peak_rss - self.start_rss) / 1e6
