"""cqnews against trafilatura.extract, timed page by page in one process, the two tools alternating.

    python benchmarks/speed_pairs.py               # AEB, Fundus, regional; 3 runs of each tool per page
    python benchmarks/speed_pairs.py --repeat 5

``speed.py`` runs each tool in its own process (so that each has its own peak RSS), one after the other;
on a shared or throttled machine the two processes meet different conditions, and its ratios move by
±20 % from run to run. Here both tools parse the same page in turn, in one process, so whatever the
machine does falls on both: the ratio of the median CPU times per corpus is the steadier figure. RSS is
not measured (``speed.py`` does that). Both tools are warmed up first (``cqnews.warm_up()`` and one
extraction), so lazy loading is outside the timings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial

import trafilatura
from corpus import Page, aeb_pages, fundus_pages, regional_pages

import cqnews


def cpu_median(run: Callable[[], object], repeat: int) -> float:
    """The median process CPU time of ``repeat`` calls of ``run``."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def measure(pages: Iterator[Page], repeat: int) -> tuple[list[float], list[float]]:
    """Per page: cqnews's and trafilatura's median CPU time, the tools alternating on each page."""
    ours: list[float] = []
    theirs: list[float] = []
    for page in pages:
        parse = partial(cqnews.parse, page.html, url=page.url, crawl_date=page.crawl_date)
        extract = partial(trafilatura.extract, page.html, url=page.url, include_comments=False)
        ours.append(cpu_median(parse, repeat))
        theirs.append(cpu_median(extract, repeat))
    return ours, theirs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tool per page (median taken)")
    args = parser.parse_args()
    cqnews.warm_up()
    trafilatura.extract("<html><body><p>warm up</p></body></html>")
    print("| corpus | pages | cqnews median CPU ms | trafilatura.extract median CPU ms | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, pages in (("AEB", aeb_pages()), ("Fundus", fundus_pages()), ("regional", regional_pages())):
        ours, theirs = measure(pages, args.repeat)
        mine, other = statistics.median(ours), statistics.median(theirs)
        print(f"| {name} | {len(ours)} | {mine * 1000:.1f} | {other * 1000:.1f} | {mine / other:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
