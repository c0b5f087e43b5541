"""Memory over repeated passes: parse the corpus again and again, RSS must stay flat.

    python benchmarks/memory.py                  # 20 passes over AEB + Fundus + regional
    python benchmarks/memory.py --passes 5       # quicker
    python benchmarks/memory.py --corpus aeb --passes 10 --tracemalloc

All pages are read and decompressed once, before pass 1, so the corpus bytes are part of the
baseline, not of the growth. After every pass the script runs ``gc.collect()`` and records the
process RSS (VmRSS), the number of objects the garbage collector tracks, and optionally the Python
heap (tracemalloc, which slows parsing several times). Pass 1 pays for lazy imports and caches
(langdetect profiles, regex caches, site plugin imports) and pass 2 still settles allocator arenas,
so growth is measured from the end of pass 2 to the end of the last pass, with a least-squares
slope over those passes (from pass 1 when there are fewer than 4 passes).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

# corpus.py sits next to this script, and Python puts a script's folder first on sys.path.
from corpus import aeb_pages, fundus_pages, regional_pages

import cqnews

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def slope(xs: list[float], ys: list[float]) -> float:
    if len(xs) < 2:
        return 0.0
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


Row = tuple[int, float, float, int, float | None]  # pass number, seconds, RSS MB, gc objects, heap MB


def load_pages(corpora: list[str], limit: int | None) -> list[tuple[bytes, str | None, str]]:
    """(html, url, name) of at most ``limit`` pages of each corpus, read and decompressed."""
    loaders = {"aeb": aeb_pages, "fundus": fundus_pages, "regional": regional_pages}
    pages = []
    for name in corpora:
        for index, page in enumerate(loaders[name]()):
            if limit is not None and index >= limit:
                break
            pages.append((page.html, page.url, page.name))
    return pages


def run_passes(
    pages: list[tuple[bytes, str | None, str]], passes: int, heap: bool
) -> tuple[list[Row], int, list[str]]:
    """Parse every page ``passes`` times; a row per pass, the exception count and pass 1's failures."""
    rows: list[Row] = []
    errors = 0
    failed: list[str] = []
    for number in range(1, passes + 1):
        start = time.perf_counter()
        for html, url, name in pages:
            try:
                article = cqnews.parse(html, url=url)
                del article
            except Exception as exc:  # noqa: BLE001 - counted; a leak on the error path counts too
                errors += 1
                if number == 1:
                    failed.append(f"{name}: {type(exc).__name__}: {str(exc)[:120]}")
        seconds = time.perf_counter() - start
        gc.collect()
        heap_mb = tracemalloc.get_traced_memory()[0] / 2**20 if heap else None
        rows.append((number, seconds, rss_mb(), len(gc.get_objects()), heap_mb))
        print(f"pass {number}: {seconds:.1f} s, RSS {rows[-1][2]:.1f} MB", file=sys.stderr, flush=True)
    return rows, errors, failed


def table_lines(rows: list[Row]) -> list[str]:
    """One Markdown table row per pass, with the RSS change since the previous pass and since pass 1."""
    lines = []
    first = rows[0]
    previous = None
    for number, seconds, rss, objects, heap in rows:
        delta = "" if previous is None else f"{rss - previous:+.1f}"
        heap_cell = f" {heap:.1f} |" if heap is not None else ""
        lines.append(
            f"| {number} | {seconds:.1f} | {rss:.1f} | {delta} | {rss - first[2]:+.1f} | {objects} |{heap_cell}"
        )
        previous = rss
    return lines


def growth_lines(rows: list[Row], page_count: int) -> list[str]:
    """The growth verdict and the median pass time (nothing with fewer than 3 passes)."""
    if len(rows) < 3:
        return []
    # Passes 1-2 fill caches (regex, lru, plugin imports, allocator arenas); growth is judged after them.
    ref = rows[1] if len(rows) >= 4 else rows[0]
    tail = [r for r in rows if r[0] >= ref[0]]
    per_pass_kb = slope([r[0] for r in tail], [r[2] for r in tail]) * 1024
    growth = rows[-1][2] - ref[2]
    per_page = growth * 1024 / (page_count * (len(rows) - ref[0])) if page_count else 0.0
    objects_growth = rows[-1][3] - ref[3]
    flat = abs(growth) < 0.02 * ref[2] + 2 and per_pass_kb < 256
    return [
        f"Growth from end of pass {ref[0]} to end of pass {len(rows)}: {growth:+.1f} MB RSS "
        f"({per_page:+.2f} KB per page parsed), slope over passes {ref[0]}..{len(rows)}: {per_pass_kb:+.0f} KB/pass; "
        f"gc-tracked objects {objects_growth:+d} (pass 1 → last: {rows[-1][2] - rows[0][2]:+.1f} MB). "
        f"Verdict: {'flat (no growth per page)' if flat else 'GROWING, investigate'}.",
        f"Median pass time: {statistics.median(r[1] for r in rows):.1f} s.",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument(
        "--corpus", nargs="+", choices=["aeb", "fundus", "regional"], default=["aeb", "fundus", "regional"]
    )
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per corpus")
    parser.add_argument("--tracemalloc", action="store_true", help="also track the Python heap (slow)")
    parser.add_argument("--out", type=Path, default=RESULTS / "memory.md")
    args = parser.parse_args()

    pages = load_pages(args.corpus, args.limit)
    corpus_mb = sum(len(html) for html, _, _ in pages) / 2**20
    gc.collect()
    rss_loaded = rss_mb()
    if args.tracemalloc:
        tracemalloc.start()
    rows, errors, failed = run_passes(pages, args.passes, args.tracemalloc)

    heap_header = " | Python heap MB |" if args.tracemalloc else " |"
    lines = [
        f"# cqnews memory over {args.passes} passes of {len(pages)} pages ({corpus_mb:.1f} MB of HTML held in memory)",
        "",
        f"RSS with the corpus loaded, before any parse: {rss_loaded:.1f} MB. Exceptions raised: {errors} "
        f"({errors / max(1, args.passes):.0f} per pass).",
        "",
        "| pass | seconds | RSS MB | Δ previous MB | Δ since pass 1 MB | gc objects" + heap_header,
        "|---:|---:|---:|---:|---:|---:|" + ("---:|" if args.tracemalloc else ""),
    ]
    if failed:
        lines[3:3] = ["Pages that raised (pass 1): " + "; ".join(failed), ""]
    lines += table_lines(rows)
    lines.append("")
    lines += growth_lines(rows, len(pages))
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
