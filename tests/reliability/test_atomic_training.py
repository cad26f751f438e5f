"""Issue 7: training writes to a temporary directory and swaps it in atomically; an interrupted run
(Ctrl-C, kill, SIGKILL) leaves the previous model intact and loadable."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stance

pytest.importorskip("datasets")

from training.output import atomic_output  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
STEP = re.compile(r"\|\s*(\d+)/(\d+) \[")


def _digest(d: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir()) if p.is_file()}


def _leftovers(parent: Path, name: str) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}."))


@pytest.fixture()
def setup(tmp_path, tiny_model_dir):
    """Tiny data (train split only: no early stopping), the tiny model as base, and a previous model."""
    labels = [("support", "positive"), ("skeptical", "negative"), ("neutral", "neutral")]
    rows = [{"id": f"r{i}", "text": f"Statement number {i} about the talks, {'yes' if i % 2 else 'no'}.",
             "stance": labels[i % 3][0], "sentiment": labels[i % 3][1], "split": "train"} for i in range(96)]
    data = tmp_path / "tiny.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "models" / "out"
    shutil.copytree(tiny_model_dir, out)
    return data, tiny_model_dir, out


def _start(data: Path, base: Path, out: Path, epochs: int, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "training.train", "--data", str(data), "--base", str(base), "--output", str(out),
           "--epochs", str(epochs), "--batch-size", "8", "--threads", "1"]
    env = {**os.environ, "PYTHONPATH": str(REPO), "TOKENIZERS_PARALLELISM": "false"}
    # a job started in the background (nohup ... &) inherits SIGINT ignored, and Python then never turns
    # Ctrl-C into KeyboardInterrupt: give the child the default disposition, as an interactive shell does
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_steps(proc: subprocess.Popen, log: Path, steps: int, timeout: float = 240) -> tuple[int, int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"training ended early:\n{log.read_text()[-3000:]}"
        found = [(int(a), int(b)) for a, b in STEP.findall(log.read_text(errors="replace")) if int(b) >= 100]
        if found and found[-1][0] >= steps:
            return found[-1]
        time.sleep(0.2)
    proc.kill()
    pytest.fail(f"training did not reach step {steps} in {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_killed_run_leaves_previous_model_intact(setup, tmp_path, sig):
    data, base, out = setup
    before = _digest(out)
    log = tmp_path / f"train-{sig.name}.log"
    proc = _start(data, base, out, 50, log)
    try:
        done, total = _wait_for_steps(proc, log, steps=5)
        assert done < total, "the kill must land midway"
        os.kill(proc.pid, sig)
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code != 0
    assert _digest(out) == before, "the previous model was modified"
    assert stance.load(str(out), device="cpu").classify(["We are ready."])[0].stance in stance.STANCE_LABELS
    left = _leftovers(out.parent, "out")
    if sig == signal.SIGKILL:
        assert all(".tmp-" in n for n in left)  # no clean-up is possible; only the unused temporary dir
    else:
        assert left == [], f"clean-up after {sig.name} left {left}"
        assert (out.parent / "out.failed.log").is_file()


def test_completed_run_replaces_the_model(setup, tmp_path):
    data, base, out = setup
    before = _digest(out)
    log = tmp_path / "train-ok.log"
    proc = _start(data, base, out, 1, log)
    assert proc.wait(timeout=300) == 0, log.read_text()[-3000:]
    after = _digest(out)
    assert after != before and "metrics.json" in after
    assert _leftovers(out.parent, "out") == []
    stance.load(str(out), device="cpu")


# -- atomic_output itself -----------------------------------------------------------------------
def _model(d: Path, tag: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / "weights").write_text(tag)
    return d


def test_exception_keeps_target_and_removes_tmp(tmp_path):
    target = _model(tmp_path / "m", "old")
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as tmp:
        (tmp / "weights").write_text("half-written")
        (tmp / "train.log").write_text("log line")
        raise KeyboardInterrupt
    assert (target / "weights").read_text() == "old"
    assert _leftovers(tmp_path, "m") == [] and (tmp_path / "m.failed.log").read_text() == "log line"


def test_success_swaps_atomically(tmp_path):
    target = _model(tmp_path / "m", "old")
    with atomic_output(target) as tmp:
        (tmp / "weights").write_text("new")
        assert (target / "weights").read_text() == "old"  # untouched until the end
    assert (target / "weights").read_text() == "new" and _leftovers(tmp_path, "m") == []


def test_crash_between_fallback_renames_is_repaired(tmp_path, monkeypatch):
    """Without renameat2 two renames are used; a crash between them is undone by the next run."""
    import training.output as output

    target = _model(tmp_path / "m", "old")
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    real_replace = os.replace

    def crash_on_second(src, dst):
        if Path(dst) == target:
            raise KeyboardInterrupt("killed between the renames")
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", crash_on_second)
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as tmp:
        (tmp / "weights").write_text("new")
    assert not target.exists()  # the window the repair is for
    monkeypatch.setattr(output.os, "replace", real_replace)
    with pytest.raises(RuntimeError), atomic_output(target):
        raise RuntimeError("the next run fails too")
    assert (target / "weights").read_text() == "old"
