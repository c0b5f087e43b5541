"""CPU-time bars that mean the same on a slow machine as on a fast one.

The speed guards (a hostile page parsed in under 5 s of CPU, 200 KB of quote marks in under 2 s, …) were set on
a machine of the reference class. The machines CI runs on differ by up to three times in speed from day to day,
so a fixed number of seconds either fails a slow machine for code that did not change or, loosened for it, no
longer catches a regression on a fast one. Each bar is therefore stated for the reference machine and scaled by
how long this machine takes for a fixed reference workload, measured in the same test run, as the benchmarks
express speed as a ratio against ``trafilatura.extract`` measured in the same run.

The scale is never below 1 (a fast machine keeps the stated bar), and the workload is the library's own kind of
work: regular expressions over text, string methods, small objects, and an lxml parse. What the bars guard
against, work that grows faster than the input, costs tens or hundreds of times the bar on a large input, far
outside any machine's scale.
"""

from __future__ import annotations

import gc
import re
import statistics
import time
from collections.abc import Callable
from typing import TypeVar

import lxml.html

# CPU seconds the reference workload takes on the reference machine: the machine class of the 2026-12 CI runs,
# on which the whole suite takes about 240 s (0.085-0.095 s measured there; the bars were set on it).
REFERENCE_S = 0.085
_RUNS = 3
T = TypeVar("T")
_WORD_RE = re.compile(r"\w+")
_CUE_RE = re.compile(r"(?:said|says|told)\s+(\w+)")


def _workload() -> int:
    words = [f"w{i % 997}" for i in range(40_000)]
    text = " ".join(f"{w} said {w.upper()}." if i % 7 == 0 else w for i, w in enumerate(words))
    counts: dict[str, int] = {}
    for word in _WORD_RE.findall(text):
        counts[word] = counts.get(word, 0) + 1
    cues = sum(1 for _ in _CUE_RE.finditer(text))
    pieces = [s.strip().lower() for s in text.split(".") if s.endswith(("0", "1", "2"))]
    html = "<div>" + "".join(f"<p class='c{i % 9}'>{w} <b>x</b></p>" for i, w in enumerate(words[:8_000])) + "</div>"
    root = lxml.html.fromstring(html)
    paragraphs = sum(1 for _ in root.iter("p"))
    return len(counts) + cues + len(pieces) + paragraphs


def machine_scale() -> float:
    """How many times slower than the reference machine this one is now (at least 1): the median of a few runs
    of the reference workload, measured again when the last measure is older than ``_FRESH_S`` (other jobs on
    the machine slow the CPU clock too, through shared caches and cores, and they come and go)."""
    now = time.monotonic()
    if _measured and now - _measured[0] < _FRESH_S:
        return _measured[1]
    runs = []
    for _ in range(_RUNS):
        start = time.process_time()
        _workload()
        runs.append(time.process_time() - start)
    scale = max(1.0, statistics.median(runs) / REFERENCE_S)
    _measured[:] = [now, scale]
    return scale


_FRESH_S = 30.0
_measured: list[float] = []  # (when, scale) of the last measure


def cpu_bar(seconds: float) -> float:
    """The CPU-time bar ``seconds`` (stated for the reference machine) on this machine."""
    return seconds * machine_scale()


def cpu_seconds(work: Callable[[], T]) -> tuple[T, float]:
    """What ``work()`` returns and the CPU seconds it took, with the collector off while it runs.

    For the guards that compare two input sizes: a collection over the heap the rest of the suite has filled,
    landing in one of the two runs, would be charged to that run and skew the ratio (a whole pass over the suite's
    objects can cost more than the work measured)."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        result = work()
        return result, time.process_time() - started
    finally:
        gc.enable()


def half_and_whole_cpu(work: Callable[[int], object], size: int) -> tuple[float, float]:
    """CPU seconds of ``work(size // 2)`` and of ``work(size)``, each with the collector off, after a small warm-up
    run (what loads lazily loads there, not in the half run). A linear cost gives a ratio near 2, a quadratic one
    near 4: guards assert ``whole < max(3.0 * half, floor)``, the floor (a tenth of a second or so) for the sizes
    whose runs are too short to time. The whole run is timed a second time, and the lower figure kept, when the
    first reads over three halves: a burst of other work on the machine lands in one run, a quadratic cost in both.
    If it still does, the pair is timed once more (half, then whole) and the pair of the lower ratio returned: a CI
    run under load once read 3.09 for a cost that reads 1.97 idle (session 62), the burst over both whole runs.
    """
    work(max(1, size // 100))
    half = cpu_seconds(lambda: work(size // 2))[1]
    whole = cpu_seconds(lambda: work(size))[1]
    if whole >= 3.0 * half:
        whole = min(whole, cpu_seconds(lambda: work(size))[1])
    if whole >= 3.0 * half:
        again = cpu_seconds(lambda: work(size // 2))[1], cpu_seconds(lambda: work(size))[1]
        if again[1] * half < whole * again[0]:
            half, whole = again
    return half, whole
