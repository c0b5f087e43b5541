"""Crawl-scale parsing: the batch CLI, WARC files, Dask and Spark, the gzip bomb (issue 13's bar).

    python benchmarks/batch.py                     # everything, 5,000 pages for the CLI ratio
    python benchmarks/batch.py --pages 1000 --skip spark
    python benchmarks/batch.py --only bomb

Parts (each prints its figures; every speed figure is a ratio measured in this run, with the load
average, since the machine may be shared):

- ``cli``: ``cqnews parse DIR --jobs 1`` and ``--jobs 2`` on ``--pages`` pages (the AEB, Fundus and
  regional pages repeated, written as .html files), pages/s and the ratio; the RSS of each worker
  sampled through the run (flat = no growth per page).
- ``warc``: one WARC holding every corpus page (URL and crawl date kept, no charset in the HTTP header)
  read by ``cqnews.parse_many`` against ``cqnews.parse`` on the page bytes: equal
  ``model_dump_json`` hashes, page by page.
- ``dask``: on a 2-worker ``distributed.LocalCluster`` against one process parsing the same files
  (cluster start-up excluded), twice: ``cqnews.dask.articles(...).compute()`` (every Article shipped to
  the client) and ``cqnews.dask.to_parquet`` (the workers write; one process writes the same table).
- ``spark``: ``examples/spark_warc_job.py`` on ``local[2]`` over the corpus WARC split in two: the
  rows it writes against ``cqnews.table.article_row`` computed here.
- ``bomb``: a 1 GB gzip bomb (zeros, streamed through zlib: about 1 MB on disk) through the CLI at
  the default 16 MiB cap: time and peak RSS (bar: an error within 20 s and under 1 GB).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

# corpus.py sits next to this script, and Python puts a script's folder first on sys.path.
from corpus import Page, aeb_pages, fundus_pages, regional_pages

import cqnews
from cqnews.batch import parse_document
from cqnews.sources import documents
from cqnews.table import article_row
from cqnews.warc import WarcPage, write_warc

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PARTS = ("cli", "warc", "dask", "spark", "bomb")
FETCHED = datetime(2024, 1, 1, tzinfo=UTC)


def load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def corpus() -> list[Page]:
    return [*aeb_pages(), *fundus_pages(), *regional_pages()]


def digest(article: cqnews.Article) -> str:
    return hashlib.sha256(article.model_dump_json().encode()).hexdigest()


def crawl_date(page: Page) -> datetime:
    if page.crawl_date:
        try:
            moment = datetime.fromisoformat(page.crawl_date)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            pass
    return FETCHED


# --- cli -------------------------------------------------------------------------------------------


def write_pages(pages: list[Page], count: int, directory: Path) -> None:
    for number in range(count):
        (directory / f"{number:05d}.html").write_bytes(pages[number % len(pages)].html)


def children_rss(pid: int) -> dict[int, float]:
    """RSS (MB) of the direct children of ``pid`` (the CLI's workers)."""
    rss = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as status:
                fields = dict(line.split(":", 1) for line in status if ":" in line)
        except OSError:
            continue
        if int(fields.get("PPid", "0").strip()) == pid and "VmRSS" in fields:
            rss[int(entry)] = int(fields["VmRSS"].split()[0]) / 1024
    return rss


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def own_cpu(pid: int) -> float | None:
    """CPU seconds of ``pid`` itself (not its children), from /proc."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_cli(directory: Path, jobs: int, out: Path) -> tuple[float, float, float, dict[int, list[float]]]:
    command = [sys.executable, "-m", "cqnews.cli", "parse", str(directory), "--jobs", str(jobs), "--format", "jsonl",
               "-o", str(out), "--no-progress"]
    samples: dict[int, list[float]] = {}
    cpu = children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(command)
    parent = 0.0
    while process.poll() is None:
        for pid, rss in children_rss(process.pid).items():
            samples.setdefault(pid, []).append(rss)
        parent = own_cpu(process.pid) or parent
        time.sleep(0.5)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"cqnews exited with {process.returncode}")
    return elapsed, children_cpu() - cpu, parent, samples


def part_cli(pages: list[Page], count: int, work: Path) -> None:
    directory = work / "pages"
    directory.mkdir()
    write_pages(pages, count, directory)
    print(f"\n## CLI: {count} pages ({len(pages)} corpus pages repeated)   [{load()}]")
    rates, cpus = {}, {}
    for jobs in (1, 2):
        out = work / f"jobs{jobs}.jsonl"
        elapsed, cpu, parent, samples = run_cli(directory, jobs, out)
        lines = sum(1 for _ in out.open())
        rates[jobs] = count / elapsed
        cpus[jobs] = ((cpu - parent) / count, parent / count)
        print(f"--jobs {jobs}: {elapsed:7.1f} s  {rates[jobs]:6.1f} pages/s  ({lines} articles); CPU {cpu:.1f} s:"
              f" workers {1000 * (cpu - parent) / count:.1f} ms/page, CLI process {1000 * parent / count:.1f} ms/page;"
              f" cores busy {cpu / elapsed:.2f}   [{load()}]")
        for pid, series in samples.items():
            if len(series) >= 4:
                quarter = [series[len(series) * q // 4] for q in (1, 2, 3)] + [series[-1]]
                print(f"   worker {pid}: RSS MB at 1/4, 1/2, 3/4, end: " + ", ".join(f"{v:.0f}" for v in quarter)
                      + f"  (growth from 1/4: {series[-1] - quarter[0]:+.0f} MB)")
    print(f"ratio --jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x  (bar >= 1.8x on 2 free cores; with other jobs on"
          " the cores, 'cores busy' shows how much CPU the run got)")
    # CPU per page hardly depends on the load. On 2 free cores --jobs 1 runs at the worker's pace (the CLI process
    # overlaps on the other core) and --jobs 2 at the pace of all CPU shared by two cores.
    (worker1, _), (worker2, parent2) = cpus[1], cpus[2]
    print(f"estimate from CPU per page, 2 free cores: {2 * worker1 / (worker2 + parent2):.2f}x")


# --- warc ------------------------------------------------------------------------------------------


def corpus_warc(pages: list[Page], path: Path) -> list[str]:
    records = [WarcPage(page.url or f"https://example.com/{n}", page.html, content_type="text/html",
                        date=crawl_date(page)) for n, page in enumerate(pages)]
    return write_warc(path, records)


def part_warc(pages: list[Page], work: Path) -> None:
    path = work / "corpus.warc.gz"
    corpus_warc(pages, path)
    print(f"\n## WARC: {len(pages)} corpus pages in one WARC ({path.stat().st_size / 2**20:.1f} MB)   [{load()}]")
    start = time.perf_counter()
    results = list(cqnews.parse_many([path], jobs=2))
    elapsed = time.perf_counter() - start
    same = failed = 0
    for n, (page, result) in enumerate(zip(pages, results, strict=False)):  # counts printed below
        url = page.url or f"https://example.com/{n}"
        try:
            expected = digest(cqnews.parse(page.html, url, crawl_date=crawl_date(page), content_type="text/html"))
        except cqnews.ParseError as exc:
            expected = type(exc).__name__
        got = digest(result.article) if result.article else result.error.type
        same += got == expected
        failed += result.article is None
    print(f"records read: {len(results)} of {len(pages)}; same Article as parse(): {same}/{len(pages)}"
          f" (errors on both sides count as same when the error type matches: {failed})")
    print(f"parse_many over the WARC, --jobs 2: {len(results) / elapsed:.1f} pages/s")


# --- dask ------------------------------------------------------------------------------------------


def part_dask(pages: list[Page], count: int, work: Path) -> None:
    """Dask against one process, twice: Articles gathered by the client, and Parquet written by the workers."""
    directory = work / "dask-pages"
    directory.mkdir()
    write_pages(pages, count, directory)
    files = sorted(str(path) for path in directory.iterdir())
    print(f"\n## Dask: {count} pages   [{load()}]")
    start, cpu = time.perf_counter(), time.process_time()
    local = [parse_document(document) for document in documents(files)]
    one, one_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"one process, Articles in memory: {one:6.1f} s  {count / one:6.1f} pages/s;"
          f" CPU {1000 * one_cpu / count:.1f} ms/page, cores busy {one_cpu / one:.2f}")
    start = time.perf_counter()
    written = _parquet_one_process(local, work / "one.parquet")
    one_parquet = one + time.perf_counter() - start
    print(f"one process, Parquet written: {one_parquet:6.1f} s  ({written} rows)")
    two, two_parquet, articles = _dask_runs(files, work)
    same = sorted(digest(a) for a in articles) == sorted(digest(r.article) for r in local if r.article)
    print(f"ratio, Articles gathered by the client: {one / two:.2f}x; same Articles: {same}")
    print(f"ratio, Parquet written by the workers: {one_parquet / two_parquet:.2f}x  (bar >= 1.6x on 2 free cores)"
          f"   [{load()}]")


def _parquet_one_process(results: list, path: Path) -> int:
    import pyarrow.parquet as pq

    from cqnews.table import article_row, rows_table

    table = rows_table([article_row(result) for result in results])
    pq.write_table(table, path, compression="zstd")
    return table.num_rows


def _dask_runs(files: list[str], work: Path) -> tuple[float, float, list]:
    """Seconds on a 2-worker LocalCluster (start-up excluded): Articles to the client, then Parquet by the workers.

    Gathering ships every Article to this process, which unpickles them on one of the same two cores;
    writing Parquet from the workers is how a crawl would use the cluster.
    """
    from dask.distributed import Client, LocalCluster

    import cqnews.dask

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(cqnews.warm_up)
        start = time.perf_counter()
        articles = cqnews.dask.articles(files, files_per_partition=50).compute()
        two = time.perf_counter() - start
        print(f"LocalCluster 2 workers, Articles gathered: {two:6.1f} s  {len(files) / two:6.1f} pages/s")
        start = time.perf_counter()
        rows = cqnews.dask.to_parquet(files, work / "dask-parquet", files_per_partition=50)
        two_parquet = time.perf_counter() - start
        print(f"LocalCluster 2 workers, Parquet written: {two_parquet:6.1f} s  {len(files) / two_parquet:6.1f}"
              f" pages/s ({rows} rows)")
    return two, two_parquet, articles


# --- spark -----------------------------------------------------------------------------------------


def part_spark(pages: list[Page], work: Path) -> None:
    half = len(pages) // 2
    warcs = [work / "spark-0.warc.gz", work / "spark-1.warc.gz"]
    corpus_warc(pages[:half], warcs[0])
    corpus_warc(pages[half:], warcs[1])
    listing = work / "warc.paths"
    listing.write_text("".join(f"{path}\n" for path in warcs))
    out = work / "spark-out"
    print(f"\n## Spark: examples/spark_warc_job.py, local[2], {len(pages)} records in 2 WARCs   [{load()}]")
    start = time.perf_counter()
    job = [sys.executable, str(ROOT / "examples" / "spark_warc_job.py"), str(listing), str(out), "--master", "local[2]",
           "--num-input-partitions", "2"]
    subprocess.run(job, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    import pyarrow.parquet as pq

    rows = {row["record_id"]: row for row in pq.read_table(out).to_pylist()}
    expected = {row["record_id"]: row for row in (article_row(parse_document(d)) for d in documents(map(str, warcs)))}
    same = sum(rows.get(key) == row for key, row in expected.items())
    print(f"job: {elapsed:.1f} s (JVM start included); rows written {len(rows)}, equal to article_row here: "
          f"{same}/{len(expected)}")


# --- bomb ------------------------------------------------------------------------------------------


def part_bomb(work: Path, gigabytes: float) -> None:
    path = work / "bomb.html.gz"
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(2**20)
    with path.open("wb") as out:
        for _ in range(int(gigabytes * 1024)):
            out.write(packer.compress(zeros))
        out.write(packer.flush())
    print(f"\n## Gzip bomb: {gigabytes:g} GB of zeros in {path.stat().st_size / 2**20:.1f} MB   [{load()}]")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cqnews.cli", "parse", str(path)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"exit {done.returncode} in {elapsed:.1f} s, peak RSS of the CLI and its worker {peak:.0f} MB"
          f" (earlier children peaked at {before / 1024:.0f} MB); stderr: {done.stderr.strip()[:160]}")
    print("bar: an error within 20 s and under 1 GB RSS")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000, help="pages for the CLI ratio (default 5000)")
    parser.add_argument("--dask-pages", type=int, default=1000)
    parser.add_argument("--bomb-gb", type=float, default=1.0)
    parser.add_argument("--only", nargs="+", choices=PARTS)
    parser.add_argument("--skip", nargs="+", choices=PARTS, default=[])
    args = parser.parse_args()
    parts = [part for part in (args.only or PARTS) if part not in args.skip]
    print(f"cqnews {cqnews.__version__}; {os.cpu_count()} cores; {load()}")
    pages = corpus() if set(parts) - {"bomb"} else []
    with tempfile.TemporaryDirectory(prefix="cqnews-batch-") as temp:
        work = Path(temp)
        if "bomb" in parts:  # first: its RSS figure must not include the other parts' children
            part_bomb(work, args.bomb_gb)
        if "cli" in parts:
            part_cli(pages, args.pages, work)
        if "warc" in parts:
            part_warc(pages, work)
        if "dask" in parts:
            part_dask(pages, args.dask_pages, work)
        if "spark" in parts and shutil.which("java"):
            part_spark(pages, work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
