"""How far skipping trafilatura could take cqnews against trafilatura.extract: the ceiling of an own body reader.

    python benchmarks/speed_ceiling.py               # AEB, Fundus, regional; 3 runs of each tool per page
    python benchmarks/speed_ceiling.py --repeat 5 --corpus aeb

As ``speed_pairs.py`` (both tools alternating on each page, in one process, CPU medians), and besides: the CPU of
every trafilatura call inside ``cqnews.parse`` (``extract.generic.bare_extraction``, fast and full mode) and the CPU
of cqnews's own block reader (``blocks_from_container``, the linear fallback's reader) on a copy of the tree each
fast call gets. The copy and the reader run inside the timed parse and their time is taken out of it again, so the
parse figures are the parse's. Per corpus it prints the measured ratio of the medians and two ceilings:

* ``free``: every trafilatura call costs nothing (the parse time less its trafilatura calls): no own reader, however
  cheap, can do better;
* ``own``: every trafilatura call replaced by the own reader at the cost it had on the same tree (full-mode calls
  and pages with no fast call at the corpus's median reader/fast-call cost ratio).

The 0.8× bar of issue 13 is out of reach of an own body reader on a corpus whose ``free`` ceiling is over 0.8.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, replace
from typing import Any

import trafilatura
from corpus import Page, aeb_pages, fundus_pages, regional_pages

import cqnews
import cqnews.extract.generic as generic
from cqnews.extract.blocks import blocks_from_container


@dataclass
class Calls:
    """What the wrapped ``bare_extraction`` saw during one parse."""

    trafilatura: float = 0.0  # CPU of its calls
    full: float = 0.0  # of which full-mode calls
    own: float = 0.0  # the own reader on the fast calls' trees
    fast: float = 0.0  # the fast calls the own reader was timed against
    overhead: float = 0.0  # the copies and the own reader: taken out of the parse time

    def reset(self) -> None:
        self.trafilatura = self.full = self.own = self.fast = self.overhead = 0.0


CALLS = Calls()
_ORIGINAL = generic.bare_extraction


def _timed(tree: Any, url: str | None, fast: bool) -> object:
    start = time.process_time()
    twin = deepcopy(tree) if fast else None
    reading = time.process_time()
    if twin is not None:
        blocks_from_container(twin)
    begun = time.process_time()
    document = _ORIGINAL(tree, url, fast)
    spent = time.process_time() - begun
    CALLS.trafilatura += spent
    CALLS.overhead += begun - start
    if fast:
        CALLS.own += begun - reading
        CALLS.fast += spent
    else:
        CALLS.full += spent
    return document


@dataclass
class PageTimes:
    parse: float
    extract: float
    trafilatura: float
    own: float | None  # None: a full-mode call or no fast call (estimated at the corpus ratio)


def _median_page(page: Page, repeat: int) -> PageTimes:
    parses: list[tuple[float, Calls]] = []
    extracts: list[float] = []
    for _ in range(repeat):
        CALLS.reset()
        start = time.process_time()
        cqnews.parse(page.html, url=page.url, crawl_date=page.crawl_date)
        parses.append((time.process_time() - start - CALLS.overhead, replace(CALLS)))
        start = time.process_time()
        trafilatura.extract(page.html, url=page.url, include_comments=False)
        extracts.append(time.process_time() - start)
    parse, calls = sorted(parses, key=lambda item: item[0])[len(parses) // 2]
    exact = calls.fast > 0 and calls.full == 0
    return PageTimes(parse, statistics.median(extracts), calls.trafilatura, calls.own if exact else None)


def report(name: str, pages: Iterator[Page], repeat: int) -> None:
    """One corpus's line: pages, medians, the measured ratio and the two ceilings."""
    times = [_median_page(page, repeat) for page in pages]
    theirs = statistics.median(t.extract for t in times)
    known = [t.own / t.trafilatura for t in times if t.own is not None and t.trafilatura]
    share = statistics.median(known) if known else 0.0
    free = statistics.median(t.parse - t.trafilatura for t in times)
    own = statistics.median(t.parse - t.trafilatura + (t.own if t.own is not None else share * t.trafilatura)
                            for t in times)
    calling = sum(1 for t in times if t.trafilatura)
    parse = statistics.median(t.parse for t in times)
    print(f"| {name} | {len(times)} | {calling} | {parse * 1000:.1f} | {theirs * 1000:.1f} | {parse / theirs:.3f} "
          f"| {free / theirs:.3f} | {share:.2f} | {own / theirs:.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tool per page (median taken)")
    parser.add_argument("--corpus", nargs="+", choices=["aeb", "fundus", "regional"],
                        default=["aeb", "fundus", "regional"])
    args = parser.parse_args()
    generic.bare_extraction = _timed
    cqnews.warm_up()
    trafilatura.extract("<html><body><p>warm up</p></body></html>")
    loaders = {"aeb": aeb_pages, "fundus": fundus_pages, "regional": regional_pages}
    print("| corpus | pages | pages calling trafilatura | cqnews ms | trafilatura.extract ms | ratio "
          "| ceiling: free | own reader / fast call | ceiling: own |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.corpus:
        report(name, loaders[name](), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
