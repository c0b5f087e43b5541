"""Workers of parse_many end when the process that started them dies without stopping them (SIGKILL, the
OOM killer, a SIGTERM without handler): none is left waiting for work that never comes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.paths import ROOT

# a parent that starts two workers, prints their process ids, and is killed with work still queued
PARENT = """
import multiprocessing, os, signal
from cqnews.batch import parse_many
results = parse_many([b"<p>One page.</p>"] * 50, jobs=2)
next(results)
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


# the same, with the worker busy on a page whose result (a megabyte) is larger than a pipe holds when the
# parent dies: the worker must not block for ever writing it
PARENT_BUSY = """
import multiprocessing, os, signal, time
from cqnews import batch
def slow_and_large(document, options=None):
    time.sleep(1.0)
    return batch.Result(document.source, error=batch.Failure("Large", "x" * 2**20))
batch.parse_document = slow_and_large
results = batch.parse_many([b"<p>One page.</p>"] * 3, jobs=1)
import threading
threading.Thread(target=lambda: next(results), daemon=True).start()
while not multiprocessing.active_children():
    time.sleep(0.05)
time.sleep(0.3)  # (the worker is parsing its page)
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie (an exited child nobody has reaped yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize(("script", "workers"), [(PARENT, 2), (PARENT_BUSY, 1)], ids=["idle", "busy"])
def test_workers_end_when_their_parent_is_killed(script: str, workers: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # (not subprocess.run: orphaned workers would hold its output pipe open, and the test would hang)
    with subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert parent.wait(timeout=60) == -signal.SIGKILL
        parent.stdout.close()
    assert len(pids) == workers
    deadline = time.monotonic() + 30  # (wall time, on a machine that may be loaded: the loop ends when they end)
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in pids if _running(pid)]
    for pid in left:  # (this test's own processes: do not leave them behind when it fails)
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived their parent"
