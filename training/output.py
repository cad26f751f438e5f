"""Atomic model output: a run never leaves a half-written model where a good one was (issue 5, 7)."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger("training")


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary sibling directory; on success swap it into ``target``.

    On any exception (Ctrl-C included) the temporary directory is removed, its train.log is kept as
    ``<target>.failed.log``, and ``target`` is untouched. A hard kill leaves only a ``.tmp-*`` sibling.
    """
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        logfile = tmp / "train.log"
        if logfile.exists():
            shutil.copyfile(logfile, target.parent / f"{target.name}.failed.log")
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap(tmp, target)


def _swap(tmp: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(tmp, target)
    os.chmod(target, 0o755)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    log.info("model written to %s", target)
