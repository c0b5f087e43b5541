"""Scan every module-level compiled pattern of cqnews for super-linear time on adversarial runs.

    python benchmarks/regex_scan.py                  # every pattern, 500 and 2,000 characters
    python benchmarks/regex_scan.py --only reporting_zh --small 1000 --cap 2

Every module under ``src/cqnews`` is imported and each ``re.Pattern`` it holds at module level (also inside a
module-level list, tuple or dict) is collected once. For each pattern, candidate units are built from what its
repeats can accept: runs of blanks, letters, capitals, CJK, digits, quote marks, line breaks, punctuation, the
pattern's own literal characters and its literal words repeated (bare, with a blank, capitalised), and pairs of
these. Each unit is repeated to ``--small`` and to 4x ``--small`` characters and ``match``, ``search`` and
``finditer`` are timed on both (CPU seconds, best of ``--repeats``). A pattern is flagged when the larger input takes
more than ``--flag`` times what linear growth predicts (the time ratio over the size ratio) and at least 2 ms, or
when one call runs over ``--cap`` seconds (SIGALRM stops it, so one slow pattern cannot stall the scan).

The flag says the pattern *can* be super-linear; whether it matters depends on the caller (one position, a bounded
window, a gate before it): see docs/reliability.md for the verdicts.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import cqnews  # noqa: E402

BASE_UNITS = [" ", "a", "A", "中", "1", '"', "“", "”", "「", "'", "\n", ".", ",", ":", "-", "\u3000", "é", "》"]
PAIR_UNITS = ["a", "A", " ", ".", ",", "“", "”", "\n", "'", "-", "中", "1"]
SPECIALS = set("()[]{}?*+|^$\\")
Op = Callable[[re.Pattern[str], str], None]


class CallTimeout(Exception):
    """One timed call ran over the cap."""


@dataclass
class Finding:
    """The worst growth of one call on one pattern: time over linear growth, or None when a call ran over the cap."""

    op: str
    unit: str
    small_s: float
    large_s: float
    excess: float | None

    def describe(self) -> str:
        growth = "over the cap" if self.excess is None else f"{self.excess:.1f}x linear"
        return f"{self.op} unit={self.unit!r} {self.small_s:.4f}s -> {self.large_s:.4f}s ({growth})"


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise CallTimeout


def _modules() -> Iterator[ModuleType]:
    yield cqnews
    for info in pkgutil.walk_packages(cqnews.__path__, "cqnews."):
        try:
            yield importlib.import_module(info.name)
        except Exception as error:  # noqa: BLE001 - optional extras (dask, spark) may be absent
            print(f"skip {info.name}: {error}", file=sys.stderr)


def _values(value: object) -> Iterator[tuple[str, object]]:
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield f"[{index}]", item
    elif isinstance(value, dict):
        for key, item in value.items():
            yield f"[{key!r}]", item


def collect() -> dict[int, tuple[str, re.Pattern[str]]]:
    """Every str pattern held at module level, keyed by identity, named by its defining module where it is public.

    A pattern imported into another module is the same object; it is named once, by a ``lexicon`` module
    (where tables live) when one holds it, else by the first module found holding it.
    """
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            for suffix, item in [("", value), *_values(value)]:
                if not isinstance(item, re.Pattern) or not isinstance(item.pattern, str):
                    continue
                full = f"{module.__name__}.{name}{suffix}"
                if id(item) not in found or (".lexicon." in full and ".lexicon." not in found[id(item)][0]):
                    found[id(item)] = (full, item)
    return found


def units(pattern: re.Pattern[str]) -> list[str]:
    """Candidate repeat units: base classes, the pattern's own literals and words, and pairs."""
    source = pattern.pattern
    literals = sorted({char for char in source if char not in SPECIALS and not char.isspace()})[:120]
    words = list(dict.fromkeys(re.findall(r"[^\W\d_]{2,}", source)))[:40]
    pairs = [a + b for a, b in itertools.combinations(PAIR_UNITS, 2)]
    spelled = [w + " " for w in words] + [w.capitalize() + " " for w in words] + words
    return list(dict.fromkeys(BASE_UNITS + literals + pairs + spelled))


def _finditer(pattern: re.Pattern[str], text: str) -> None:
    for _ in pattern.finditer(text):
        pass


def _match(pattern: re.Pattern[str], text: str) -> None:
    pattern.match(text)


def _search(pattern: re.Pattern[str], text: str) -> None:
    pattern.search(text)


OPS: dict[str, Op] = {
    "match": _match,
    "search": _search,
    "finditer": _finditer,
}


def timed(op: Op, pattern: re.Pattern[str], text: str, cap: float, repeats: int) -> float | None:
    """Best CPU seconds of ``repeats`` calls, or None when a call ran over ``cap``."""
    best = float("inf")
    for _ in range(repeats):
        signal.setitimer(signal.ITIMER_REAL, cap)
        started = time.process_time()
        try:
            op(pattern, text)
        except CallTimeout:
            return None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        best = min(best, time.process_time() - started)
    return best


def _growth(op_name: str, op: Op, pattern: re.Pattern[str], unit: str, args: argparse.Namespace) -> Finding | None:
    """How one call grows from ``--small`` to 4x ``--small`` characters of ``unit`` (None: too fast to tell)."""
    small_text = unit * max(1, args.small // len(unit))
    small = timed(op, pattern, small_text, args.cap, 1)
    if small is None:
        return Finding(op_name, unit, args.cap, args.cap, None)
    if small < 0.0005:
        return None
    large = timed(op, pattern, small_text * 4, args.cap, args.repeats)
    if large is None:
        return Finding(op_name, unit, small, args.cap, None)
    small = min(small, timed(op, pattern, small_text, args.cap, args.repeats) or small)
    return Finding(op_name, unit, small, large, large / max(small, 1e-6) / 4)


def _flagged(finding: Finding, flag: float) -> bool:
    return finding.excess is None or (finding.large_s >= 0.002 and finding.excess > flag)


def _worse(finding: Finding, worst: Finding | None) -> bool:
    if worst is None or worst.excess is None:
        return worst is None
    return finding.excess is None or finding.excess > worst.excess


def scan_one(pattern: re.Pattern[str], args: argparse.Namespace) -> dict[str, Finding]:
    """The worst super-linear case of each call (match, search, finditer) of one pattern; empty when all linear."""
    worst: dict[str, Finding] = {}
    for op_name in args.ops.split(","):
        for unit in units(pattern):
            finding = _growth(op_name, OPS[op_name], pattern, unit, args)
            if finding is None or not _flagged(finding, args.flag):
                continue
            if _worse(finding, worst.get(op_name)):
                worst[op_name] = finding
            if finding.excess is None:
                break
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=500, help="characters of the smaller input (the larger is 4x)")
    parser.add_argument("--cap", type=float, default=3.0, help="seconds one call may take before it is stopped")
    parser.add_argument("--flag", type=float, default=3.0, help="flag when time grows this many times faster than size")
    parser.add_argument("--repeats", type=int, default=2, help="best of this many timings")
    parser.add_argument("--only", default="", help="scan only patterns whose name contains this")
    parser.add_argument("--ops", default="match,search,finditer", help="calls to time, comma-separated")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    patterns = [entry for entry in collect().values() if args.only in entry[0]]
    print(f"{len(patterns)} patterns", file=sys.stderr)
    flagged = 0
    for name, pattern in patterns:
        findings = scan_one(pattern, args)
        if findings:
            flagged += 1
            calls = "; ".join(finding.describe() for finding in findings.values())
            print(f"FLAG {name}: {calls}", flush=True)
    print(f"{flagged} of {len(patterns)} patterns flagged", flush=True)


if __name__ == "__main__":
    main()
