"""CPU time per stage of cqnews.parse, page by page: the median page's cost of each stage.

    python benchmarks/speed_stages.py                  # AEB and Fundus, 3 runs per page (median)
    python benchmarks/speed_stages.py --corpus aeb --repeat 5
    python benchmarks/speed_stages.py --corpus regional --language zh   # Chinese pages only (quote cost per page)

``speed_profile.py`` samples the whole corpus at once (sums); this script wraps the pipeline's stage
functions in ``time.process_time`` timers (no profiler, so pure-Python and C code are not skewed against
each other) and reports, per corpus, the median over pages of each stage's *own* CPU time (a nested
stage's time is taken out of the stage that calls it), next to the median whole parse. The medians of
the stages need not add up to the median parse.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from importlib import import_module

from corpus import Page, aeb_pages, fundus_pages, regional_pages

import cqnews

# (stage, module, attribute): the attribute is replaced by a timed wrapper in that module's namespace.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("decoding", "cqnews.pipeline", "to_text"),
    ("HTML parse + checks", "cqnews.pipeline", "parse_tree"),
    ("metadata", "cqnews.pipeline", "read_metadata"),
    ("extraction glue (plugin, clean-up)", "cqnews.pipeline", "extract_page"),
    ("trafilatura", "cqnews.extract.generic", "bare_extraction"),
    ("body walk (generic)", "cqnews.sites.layout", "extract_body"),
    ("bylines (find)", "cqnews.sites.registry", "find_bylines"),
    ("images", "cqnews.sites.layout", "find_images"),
    ("positions", "cqnews.sites.layout", "assign_positions"),
    ("captions", "cqnews.pipeline", "attach_captions"),
    ("credits", "cqnews.pipeline", "_credits"),
    ("language", "cqnews.pipeline", "_language"),
    ("quotes", "cqnews.pipeline", "article_quotes"),
    ("dates", "cqnews.article_dates", "pick_date"),
    ("dateline", "cqnews.pipeline", "find_dateline"),
    ("Article model", "cqnews.pipeline", "Article"),
)


class Timers:
    """Own CPU time per stage for the current page (inclusive time minus nested stages)."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self._stack: list[float] = []  # time spent in nested stages of each open frame

    def wrap(self, stage: str, function: Callable[..., object]) -> Callable[..., object]:
        def timed(*args: object, **kwargs: object) -> object:
            self._stack.append(0.0)
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                nested = self._stack.pop()
                self.own[stage] += spent - nested
                if self._stack:
                    self._stack[-1] += spent

        return timed


def install(timers: Timers) -> None:
    for stage, module_name, attribute in STAGES:
        module = import_module(module_name)
        setattr(module, attribute, timers.wrap(stage, getattr(module, attribute)))


def measure(pages: Iterator[Page], timers: Timers, repeat: int) -> tuple[dict[str, list[float]], list[float]]:
    """Per stage, each page's median own time; and each page's median whole parse."""
    per_stage: dict[str, list[float]] = defaultdict(list)
    totals: list[float] = []
    for page in pages:
        runs: list[tuple[float, dict[str, float]]] = []
        for _ in range(repeat):
            timers.own = defaultdict(float)
            start = time.process_time()
            try:
                cqnews.parse(page.html, url=page.url, crawl_date=page.crawl_date)
            except cqnews.ParseError:
                pass
            runs.append((time.process_time() - start, timers.own))
        runs.sort(key=lambda run: run[0])
        total, own = runs[len(runs) // 2]
        totals.append(total)
        for stage, _module, _attribute in STAGES:
            per_stage[stage].append(own.get(stage, 0.0))
        per_stage["rest (pipeline glue, unwrapped)"].append(total - sum(own.values()))
    return per_stage, totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", choices=["aeb", "fundus", "regional"], default=["aeb", "fundus"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--language", help="only pages whose corpus language starts with this (e.g. zh)")
    args = parser.parse_args()
    cqnews.warm_up()
    timers = Timers()
    install(timers)
    loaders = {"aeb": aeb_pages, "fundus": fundus_pages, "regional": regional_pages}
    for name in args.corpus:
        wanted = args.language or ""
        pages = (page for page in loaders[name]() if (page.language or "").startswith(wanted))
        per_stage, totals = measure(pages, timers, args.repeat)
        if not totals:
            print(f"\n{name}: no page in language {args.language!r}")
            continue
        print(f"\n{name}: {len(totals)} pages, median parse {statistics.median(totals) * 1000:.2f} ms CPU, "
              f"mean {statistics.mean(totals) * 1000:.2f} ms")
        print("| stage | median ms | mean ms |\n|---|---:|---:|")
        for stage, values in per_stage.items():
            print(f"| {stage} | {statistics.median(values) * 1000:.2f} | {statistics.mean(values) * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
