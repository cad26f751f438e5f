"""Atomic model output: a run never leaves a half-written model where a good one was (issue 5, 7).

The run writes into a temporary sibling directory. Only when everything succeeded are its files
flushed to disk and the directory swapped into place with one atomic ``renameat2(RENAME_EXCHANGE)``
(Linux); elsewhere two renames are used, and a model left aside by a crash between them is put back
by the next run. Ctrl-C and SIGTERM remove the temporary directory; a hard kill (SIGKILL) leaves only a
``.<name>.tmp-*`` sibling, never a changed ``target``.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger("training")

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary sibling directory; on success swap it into ``target``.

    On any exception (Ctrl-C and SIGTERM included) the temporary directory is removed, its train.log is
    kept as ``<target>.failed.log``, and ``target`` is untouched.
    """
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    _restore_aside(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        with _sigterm_as_interrupt():
            yield tmp
    except BaseException:
        logfile = tmp / "train.log"
        if logfile.exists():
            shutil.copyfile(logfile, target.parent / f"{target.name}.failed.log")
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _fsync_tree(tmp)
    _swap(tmp, target)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM (``kill``, a scheduler's stop) into KeyboardInterrupt so the clean-up runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _fsync_tree(root: Path) -> None:
    """Flush every file and directory under ``root`` so a power cut cannot leave empty files behind."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            with contextlib.suppress(OSError), open(os.path.join(dirpath, name), "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(Path(dirpath))


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths (Linux renameat2); False where that is not available."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _swap(tmp: Path, target: Path) -> None:
    os.chmod(tmp, 0o755)
    if target.is_dir() and _exchange(tmp, target):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the previous model
    else:
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            os.rmdir(old)
            os.replace(target, old)
        os.replace(tmp, target)  # a crash between the two renames is repaired by _restore_aside
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(target.parent)
    log.info("model written to %s", target)


def _restore_aside(target: Path) -> None:
    """Put back a previous model that a crash left at ``.<name>.old-*`` with nothing at ``target``."""
    if target.exists():
        return
    aside = sorted(target.parent.glob(f".{target.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if aside:
        os.replace(aside[-1], target)
        log.warning("restored the previous model %s from %s (an earlier run was interrupted)", target, aside[-1])
