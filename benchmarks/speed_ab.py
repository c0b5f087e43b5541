"""The working tree's cqnews against another commit's, page by page in one process (CPU time).

    python benchmarks/speed_ab.py                  # against main, AEB and Fundus, 5 runs per page
    python benchmarks/speed_ab.py --base HEAD~3 --corpus aeb fundus regional --repeat 7
    python benchmarks/speed_ab.py --corpus aeb --attributions   # the new side with ParseOptions(attributions=True)

The base commit's ``src/cqnews`` is exported (``git archive``) to a temporary folder as the package
``cqnews_base``; both versions parse each page in turn, so whatever load the machine is under falls
on both alike. Prints, per corpus, the median per-page CPU time of each and the median of the
per-page ratios (new / base), and whether every page's Article JSON is identical in the two. With
``--attributions`` the new side parses with ``ParseOptions(attributions=True)`` (what the layer costs);
its JSON is compared without ``attributions``.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from corpus import Page, aeb_pages, fundus_pages, regional_pages

import cqnews

ROOT = Path(__file__).resolve().parents[1]


def export_base(ref: str, into: Path) -> Any:
    """Import the ``src/cqnews`` of ``ref`` as the package ``cqnews_base``."""
    data = subprocess.run(["git", "archive", ref, "src/cqnews"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(into, filter="data")
    package = into / "cqnews_base"
    (into / "src" / "cqnews").rename(package)
    for path in package.rglob("*.py"):  # plugins are loaded by dotted name
        text = path.read_text()
        if '"cqnews.sites.' in text:
            path.write_text(text.replace('"cqnews.sites.', '"cqnews_base.sites.'))
    sys.path.insert(0, str(into))
    return importlib.import_module("cqnews_base")


def cpu(run: Callable[[], object]) -> float:
    """The CPU time of one call of ``run`` (a parse error counts like a result: both sides raise alike)."""
    start = time.process_time()
    try:
        run()
    except Exception:  # noqa: BLE001  (the JSON check shows any difference)
        pass
    return time.process_time() - start


NEW_OPTIONS: dict[str, Any] = {}  # keyword arguments of the new side's ParseOptions


def dump(module: Any, page: Page) -> str:
    options = {"options": cqnews.ParseOptions(**NEW_OPTIONS)} if module is cqnews and NEW_OPTIONS else {}
    try:
        article = module.parse(page.html, url=page.url, crawl_date=page.crawl_date, **options)
        return str(article.model_dump_json(exclude={"attributions"} if options else None))
    except Exception as error:  # noqa: BLE001
        return f"error: {type(error).__name__}"


def compare(base: Any, pages: Iterator[Page], repeat: int) -> tuple[list[float], list[float], list[float], int]:
    """Per page: base and new mean CPU time, their ratio; and how many pages' Articles differ."""
    olds, news, ratios, differ = [], [], [], 0
    for page in pages:
        differ += dump(base, page) != dump(cqnews, page)
        run_old = partial(base.parse, page.html, url=page.url, crawl_date=page.crawl_date)
        new_options = {"options": cqnews.ParseOptions(**NEW_OPTIONS)} if NEW_OPTIONS else {}
        run_new = partial(cqnews.parse, page.html, url=page.url, crawl_date=page.crawl_date, **new_options)
        old = new = 0.0
        for _ in range(repeat):  # alternate single runs: both meet the same load
            old += cpu(run_old)
            new += cpu(run_new)
        olds.append(old / repeat)
        news.append(new / repeat)
        ratios.append(new / old if old else 1.0)
    return olds, news, ratios, differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main")
    parser.add_argument("--corpus", nargs="+", choices=["aeb", "fundus", "regional"], default=["aeb", "fundus"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--attributions", action="store_true", help="new side: ParseOptions(attributions=True)")
    args = parser.parse_args()
    if args.attributions:
        NEW_OPTIONS["attributions"] = True
    cqnews.warm_up()
    loaders = {"aeb": aeb_pages, "fundus": fundus_pages, "regional": regional_pages}
    with tempfile.TemporaryDirectory() as folder:
        base = export_base(args.base, Path(folder))
        base.warm_up()
        print("| corpus | pages | base ms | new ms | median ratio new/base | pages with other JSON |")
        print("|---|---:|---:|---:|---:|---:|")
        for name in args.corpus:
            olds, news, ratios, differ = compare(base, loaders[name](), args.repeat)
            old, new = statistics.median(olds) * 1000, statistics.median(news) * 1000
            print(f"| {name} | {len(olds)} | {old:.2f} | {new:.2f} | {statistics.median(ratios):.3f} | {differ} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
