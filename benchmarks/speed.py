"""Speed, peak memory and body quality of cqnews against other extractors, one process per tool.

    python benchmarks/speed.py                      # every tool on AEB + Fundus + regional (a few minutes)
    python benchmarks/speed.py --repeat 1           # quicker, noisier
    python benchmarks/speed.py --tools cqnews trafilatura.extract --corpus aeb
    python benchmarks/speed.py --scorers            # also run quotes.py / captions.py and append their output

Each tool runs in its own child process (``--worker``), so its peak RSS (``ru_maxrss`` of that child,
from ``os.wait4``) is its own. The child streams the corpus: a page is read and gunzipped, the
string/date arguments are prepared, and only then the clock starts, so reading and decompression are
never timed. Each page is parsed ``--repeat`` times in a row and its time is the median of those runs
(the machine is shared: medians resist other jobs' bursts). One untimed warm-up parse per tool pays for
lazy imports and caches (langdetect profiles, tldextract, ...); import and warm-up times are reported
separately.

Tools (what is timed):

* ``cqnews``: ``cqnews.parse(html_bytes, url=..., crawl_date=...)`` (full typed parse; ``crawl_date``
  only on Fundus pages, which have one);
* ``trafilatura.extract``: ``trafilatura.extract(html_bytes, url=..., include_comments=False)``;
* ``trafilatura.bare``: ``trafilatura.bare_extraction(html_bytes, url=..., include_comments=False,
  with_metadata=True)`` (trafilatura's own typed-ish output: body plus title/date/author);
* ``readability``: ``readability.Document(html_bytes).summary()`` (readability-lxml);
* ``newspaper4k``: ``Article(url, fetch_images=False); download(input_html=html_bytes); parse()``,
  which never fetches;
* ``fundus``: ``PublisherCollection.<cc>.<Publisher>.parser(crawl_date).parse(html_str)`` on Fundus's
  own publishers' pages only (the parser object is built, and the bytes decoded as UTF-8, before the
  clock starts: Fundus's crawler does both before ``parse``);
* ``lxml``: ``lxml.html.document_fromstring(html_bytes)``, the floor every tool here pays at least once.

Body quality is scored with body.py's functions (``truth_body``, the AEB shingle metric ``match_counts``
/ ``prf`` from corpus.py) on exactly the text each tool returned in the timed run.

The Markdown report is printed and written to benchmarks/results/speed.md (raw numbers: speed.json).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# corpus.py sits next to this script, and Python puts a script's folder first on sys.path.
from corpus import Page, aeb_pages, fundus_pages, regional_pages

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
CORPORA = ("aeb", "fundus", "regional")
TOOLS = ("cqnews", "trafilatura.extract", "trafilatura.bare", "readability", "newspaper4k", "fundus", "lxml")
LABELS = {
    "cqnews": "cqnews.parse (full)",
    "trafilatura.extract": "trafilatura.extract",
    "trafilatura.bare": "trafilatura.bare_extraction",
    "readability": "readability-lxml",
    "newspaper4k": "newspaper4k",
    "fundus": "Fundus (own publishers)",
    "lxml": "lxml floor (document_fromstring)",
}
PLACEHOLDER_URL = "https://example.com/news/article.html"


# --------------------------------------------------------------------------------------------- child


def iter_pages(corpora: list[str], limit: int | None) -> Iterator[Page]:
    loaders = {"aeb": aeb_pages, "fundus": fundus_pages, "regional": regional_pages}
    for name in corpora:
        for index, page in enumerate(loaders[name]()):
            if limit is not None and index >= limit:
                break
            yield page


def _crawl_date(page: Page) -> datetime | None:
    return datetime.fromisoformat(page.crawl_date) if page.crawl_date else None


Prepare = Callable[[Page], tuple[Callable[[], object], Callable[[object], dict]] | None]


def _cqnews_tool() -> Prepare:
    """cqnews.parse with the page's URL and crawl date; reads text, headline, method and site plugin."""
    import cqnews

    def prepare(page: Page):
        html, url, crawl = page.html, page.url, _crawl_date(page)

        def run():
            return cqnews.parse(html, url=url, crawl_date=crawl)

        def read(article) -> dict:
            return {
                "text": article.text,
                "title": article.headline,
                "method": article.extraction.method.value,
                "plugin": article.extraction.plugin,
            }

        return run, read

    return prepare


def _trafilatura_extract_tool() -> Prepare:
    """trafilatura.extract as a user calls it (no comments); reads the text."""
    import trafilatura

    def prepare(page: Page):
        html, url = page.html, page.url
        return (lambda: trafilatura.extract(html, url=url, include_comments=False)), (lambda out: {"text": out or ""})

    return prepare


def _trafilatura_bare_tool() -> Prepare:
    """trafilatura.bare_extraction with metadata; reads text and title."""
    from trafilatura import bare_extraction

    def prepare(page: Page):
        html, url = page.html, page.url

        def run():
            return bare_extraction(html, url=url, include_comments=False, with_metadata=True)

        def read(doc) -> dict:
            if doc is None:
                return {"text": ""}
            if isinstance(doc, dict):
                return {"text": doc.get("text") or "", "title": doc.get("title")}
            return {"text": getattr(doc, "text", None) or "", "title": getattr(doc, "title", None)}

        return run, read

    return prepare


def _readability_tool() -> Prepare:
    """readability-lxml's summary; reads the text of the summary HTML."""
    import lxml.html
    from readability import Document

    def prepare(page: Page):
        html = page.html

        def read(summary: str) -> dict:
            try:
                return {"text": " ".join(lxml.html.fromstring(summary).itertext())}
            except Exception:  # noqa: BLE001 - empty summaries
                return {"text": ""}

        return (lambda: Document(html).summary()), read

    return prepare


def _newspaper4k_tool() -> Prepare:
    """newspaper4k on the page's HTML (no download, no images); reads text and title."""
    import logging

    import newspaper

    logging.getLogger("newspaper").setLevel(logging.CRITICAL)

    def prepare(page: Page):
        html, url = page.html, page.url or PLACEHOLDER_URL

        def run():
            article = newspaper.Article(url, fetch_images=False)
            article.download(input_html=html)
            article.parse()
            return article

        return run, (lambda a: {"text": a.text or "", "title": a.title})

    return prepare


def _fundus_tool() -> Prepare:
    """Fundus's own parser of the publisher, on Fundus pages only; reads body sections and title."""
    import logging

    from fundus import PublisherCollection

    logging.getLogger("fundus").setLevel(logging.CRITICAL)

    def prepare(page: Page):
        if page.corpus != "fundus":
            return None
        cc, stem = page.name.split("/", 1)
        publisher = getattr(getattr(PublisherCollection, cc), stem.rsplit("_", 3)[0])
        parser = publisher.parser(_crawl_date(page))
        html = page.html.decode("utf-8")

        def read(data: dict) -> dict:
            body = data.get("body")
            lines: list[str] = []
            if body is not None:
                for section in body.sections:
                    lines.extend(section.headline)
                    lines.extend(section.paragraphs)
            return {"text": "\n".join(lines), "title": data.get("title")}

        return (lambda: parser.parse(html, "suppress")), read

    return prepare


def _lxml_tool() -> Prepare:
    """lxml's document_fromstring alone: the floor any HTML parser pays."""
    import lxml.html

    def prepare(page: Page):
        html = page.html
        return (lambda: lxml.html.document_fromstring(html)), (lambda _tree: {})

    return prepare


_TOOL_FACTORIES: dict[str, Callable[[], Prepare]] = {
    "cqnews": _cqnews_tool,
    "trafilatura.extract": _trafilatura_extract_tool,
    "trafilatura.bare": _trafilatura_bare_tool,
    "readability": _readability_tool,
    "newspaper4k": _newspaper4k_tool,
    "fundus": _fundus_tool,
    "lxml": _lxml_tool,
}


def make_tool(name: str) -> Prepare:
    """Return prepare(page) -> (timed thunk, untimed result reader), or None when the tool skips the page.

    Everything in prepare() runs before the clock starts; only the thunk is timed. Each tool's
    imports happen here, inside the import time the worker measures.
    """
    factory = _TOOL_FACTORIES.get(name)
    if factory is None:
        raise SystemExit(f"unknown tool {name!r}")
    return factory()


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def worker(tool: str, corpora: list[str], repeat: int, limit: int | None, out_path: str) -> None:
    import logging
    import warnings

    warnings.simplefilter("ignore")  # newspaper4k/dateutil warn per page; warnings are not the tool's work
    logging.disable(logging.CRITICAL)  # readability-lxml logs a traceback per failure
    start = time.perf_counter()
    prepare = make_tool(tool)
    import_s = time.perf_counter() - start
    rss_import = _rss_mb()
    pages: list[dict] = []
    warmed = False
    warm_s = 0.0
    for page in iter_pages(corpora, limit):
        try:
            prepared = prepare(page)
        except Exception as exc:  # noqa: BLE001 - e.g. a Fundus publisher that does not exist
            pages.append({"corpus": page.corpus, "name": page.name, "error": f"prepare: {type(exc).__name__}: {exc}"})
            continue
        if prepared is None:
            continue
        run, read = prepared
        if not warmed:
            t0 = time.perf_counter()
            try:
                run()
            except Exception:  # noqa: BLE001 - counted below on the timed runs
                pass
            warm_s = time.perf_counter() - t0
            warmed = True
        times, cpu, result, error = [], [], None, None
        for _ in range(repeat):
            c0 = time.process_time()
            t0 = time.perf_counter()
            try:
                result = run()
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                error = f"{type(exc).__name__}: {(str(exc).strip().splitlines() or [''])[0][:160]}"
                result = None
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        record = {"corpus": page.corpus, "name": page.name, "seconds": statistics.median(times),
                  "cpu": statistics.median(cpu), "runs": times}
        if error:
            record["error"] = error
        else:
            try:
                record.update(read(result))
            except Exception as exc:  # noqa: BLE001
                record["error"] = f"read: {type(exc).__name__}: {exc}"
        pages.append(record)
        del result, run, read, prepared, page
    gc.collect()
    payload = {
        "tool": tool,
        "import_s": import_s,
        "warmup_s": warm_s,
        "rss_after_import_mb": rss_import,
        "rss_end_mb": _rss_mb(),
        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "pages": pages,
    }
    Path(out_path).write_text(json.dumps(payload))


# -------------------------------------------------------------------------------------------- parent


def run_child(tool: str, args: argparse.Namespace) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = handle.name
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", tool, "--repeat", str(args.repeat),
           "--corpus", *args.corpus, "--result", out]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    wall = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if args.quiet_children else None)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - wall
    if proc.returncode != 0:
        print(f"  {tool}: child exited with {proc.returncode}", file=sys.stderr)
        return {"tool": tool, "failed": True, "pages": []}
    data = json.loads(Path(out).read_text())
    os.unlink(out)
    data["peak_rss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    data["wall_s"] = wall
    return data


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt(value: float, digits: int = 1) -> str:
    return "n/a" if value != value else f"{value:.{digits}f}"  # NaN check


def machine_info() -> dict:
    model = platform.processor() or "unknown"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    versions = {}
    from importlib import metadata

    dists = ("cqnews", "trafilatura", "lxml", "readability-lxml", "newspaper4k", "fundus", "pydantic", "langdetect")
    for dist in dists:
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_start": os.getloadavg(),
        "versions": versions,
    }


def quality(results: dict[str, dict]) -> dict[str, dict[str, tuple[float, int]]]:
    """Body F1 (AEB metric) per tool and corpus, from the texts of the timed runs, with body.py's functions."""
    from body import (
        truth_body,  # body.py's own truth selection (Fundus: sections, not summary)
    )
    from corpus import match_counts, prf

    truths: dict[tuple[str, str], str | None] = {}
    for page in iter_pages(sorted({r["corpus"] for res in results.values() for r in res["pages"]}), None):
        truths[(page.corpus, page.name)] = truth_body(page)
    scores: dict[str, dict[str, tuple[float, int]]] = {}
    for tool, res in results.items():
        by_corpus: dict[str, list] = {}
        for record in res["pages"]:
            if "text" not in record and "error" not in record:
                continue  # lxml: no text
            truth = truths.get((record["corpus"], record["name"]))
            if truth is None:
                continue
            by_corpus.setdefault(record["corpus"], []).append(match_counts(truth, record.get("text") or ""))
        scores[tool] = {corpus: (prf(counts)[2], len(counts)) for corpus, counts in by_corpus.items()}
    return scores


@dataclass
class Timings:
    """Per tool: the pages parsed without an exception, and their wall and CPU times by (corpus, name)."""

    ok: dict[str, list[dict]]
    times: dict[str, dict[tuple[str, str], float]]
    cpus: dict[str, dict[tuple[str, str], float]]

    @classmethod
    def of(cls, results: dict[str, dict]) -> Timings:
        """Timings of every tool's run (failures are counted elsewhere, not timed)."""
        ok = {tool: [r for r in res["pages"] if "seconds" in r and "error" not in r] for tool, res in results.items()}
        times = {tool: {(r["corpus"], r["name"]): r["seconds"] for r in recs} for tool, recs in ok.items()}
        cpus = {tool: {(r["corpus"], r["name"]): r["cpu"] for r in recs} for tool, recs in ok.items()}
        return cls(ok, times, cpus)


def ratio_to(values: dict, ref: dict) -> str:
    """Median of ``values`` over the pages ``ref`` has too, as a multiple of the median of ``ref`` there."""
    keys = [k for k in values if k in ref]
    if not keys:
        return "n/a"
    return f"{med([values[k] for k in keys]) / med([ref[k] for k in keys]):.2f}×"


def report(results: dict[str, dict], info: dict, args: argparse.Namespace, scores: dict) -> str:
    """The Markdown report: machine, speed and memory tables, extraction paths, quality, errors, targets."""
    # Timing statistics use pages the tool parsed without an exception (failures are counted, not timed).
    timings = Timings.of(results)
    corpora = list(args.corpus)
    lines = header_lines(info, args)
    lines += speed_lines(results, timings)
    lines += corpus_lines(results, timings, corpora)
    lines += newspaper_lines(timings)
    lines += method_lines(timings)
    lines += quality_lines(results, scores, corpora)
    lines += error_lines(results)
    lines += ["## Targets (issue: speed and memory)", ""]
    lines += [f"- {line}" for line in targets(results, timings.times, timings.times.get("trafilatura.extract", {}))]
    lines.append("")
    return "\n".join(lines)


def header_lines(info: dict, args: argparse.Namespace) -> list[str]:
    """Title, machine, versions and what was run."""
    load = ", ".join(f"{x:.2f}" for x in info["load_avg_start"])
    return [
        f"# cqnews speed benchmark ({datetime.now().strftime('%Y-%m-%d %H:%M')})",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, {info['platform']}; "
        f"load average at start {load} (shared machine).",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()) + ".",
        f"Corpus: {', '.join(args.corpus)}; each page parsed {args.repeat}× in a row, page time = median of those; "
        "one process per tool; reading/decompression untimed.",
        "",
    ]


def speed_lines(results: dict[str, dict], timings: Timings) -> list[str]:
    """The speed and memory table, a row per tool, with ratios to trafilatura.extract and to lxml."""
    ok, times, cpus = timings.ok, timings.times, timings.cpus
    base = times.get("trafilatura.extract", {})
    floor = times.get("lxml", {})
    lines = [
        "## Speed and memory, all pages each tool handles",
        "",
        "| tool | pages | errors | median ms | p95 ms | pages/s | total s | peak RSS MB | × trafilatura.extract "
        "| × lxml floor | median CPU ms | × trafilatura (CPU) | import+warm-up s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for tool, res in results.items():
        if res.get("failed"):
            lines.append(f"| {LABELS[tool]} | child failed |" + " |" * 11)
            continue
        secs = [r["seconds"] for r in ok[tool]]
        errors = sum(1 for r in res["pages"] if "error" in r)
        total = sum(secs)
        lines.append(
            f"| {LABELS[tool]} | {len(res['pages'])} | {errors} | {fmt(med(secs) * 1000)} | "
            f"{fmt(pct(secs, 0.95) * 1000)} | "
            f"{fmt(len(secs) / total if total else float('nan'))} | {fmt(total, 2)} | {fmt(res['peak_rss_mb'], 0)} | "
            f"{ratio_to(times[tool], base)} | {ratio_to(times[tool], floor)} | "
            f"{fmt(med([r['cpu'] for r in ok[tool]]) * 1000)} | "
            f"{ratio_to(cpus[tool], cpus.get('trafilatura.extract', {}))} | "
            f"{fmt(res['import_s'] + res['warmup_s'], 2)} |"
        )
    lines += [
        "",
        "Times are wall clock (perf_counter); CPU is this process's CPU time (process_time), which a busy shared "
        "machine disturbs less. Ratios are of medians over the pages both tools handled (Fundus: its own pages only); "
        "failed pages are counted in errors and left out of the times. Peak RSS is ru_maxrss of the tool's child "
        "process (interpreter, imports, one page at a time).",
        "",
    ]
    return lines


def corpus_lines(results: dict[str, dict], timings: Timings, corpora: list[str]) -> list[str]:
    """Median ms per page of each tool on each corpus, with the page count."""
    lines = [
        "## Median ms per page, by corpus",
        "",
        "| tool | " + " | ".join(corpora) + " |",
        "|---|" + "---:|" * len(corpora),
    ]
    for tool in results:
        cells = []
        for corpus in corpora:
            secs = [r["seconds"] for r in timings.ok[tool] if r["corpus"] == corpus]
            cells.append(f"{fmt(med(secs) * 1000)} ({len(secs)})" if secs else "–")
        lines.append(f"| {LABELS[tool]} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def newspaper_lines(timings: Timings) -> list[str]:
    """Throughput of cqnews against newspaper4k on the pages both parsed (nothing if either is missing)."""
    ok, times, cpus = timings.ok, timings.times, timings.cpus
    if not ("cqnews" in ok and "newspaper4k" in ok and ok["newspaper4k"]):
        return []
    keys = [k for k in times["cqnews"] if k in times["newspaper4k"]]
    ours = sum(times["cqnews"][k] for k in keys)
    theirs = sum(times["newspaper4k"][k] for k in keys)
    ours_cpu = sum(cpus["cqnews"][k] for k in keys)
    theirs_cpu = sum(cpus["newspaper4k"][k] for k in keys)
    return [
        f"Throughput cqnews / newspaper4k on the same {len(keys)} pages: {theirs / ours:.2f}× wall "
        f"({len(keys) / ours:.1f} vs {len(keys) / theirs:.1f} pages/s), {theirs_cpu / ours_cpu:.2f}× CPU.",
        "",
    ]


def method_lines(timings: Timings) -> list[str]:
    """cqnews by extraction path (site plugin, generic, text...) against trafilatura.extract on the same pages."""
    ok, times, cpus = timings.ok, timings.times, timings.cpus
    if "cqnews" not in ok:
        return []
    base = times.get("trafilatura.extract", {})
    lines = [
        "## cqnews by extraction path",
        "",
        "| path | pages | cqnews median ms | trafilatura.extract median ms (same pages) | ratio | ratio (CPU) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    methods = sorted({r.get("method", "?") for r in ok["cqnews"]})
    for method in methods:
        keys = [(r["corpus"], r["name"]) for r in ok["cqnews"] if r.get("method", "?") == method]
        ours = med([times["cqnews"][k] for k in keys])
        theirs = med([base[k] for k in keys if k in base])
        base_cpu = cpus.get("trafilatura.extract", {})
        cpu_ratio = med([cpus["cqnews"][k] for k in keys]) / med([base_cpu[k] for k in keys if k in base_cpu]) \
            if any(k in base_cpu for k in keys) else float("nan")
        lines.append(f"| {method} | {len(keys)} | {fmt(ours * 1000)} | {fmt(theirs * 1000)} | "
                     f"{'n/a' if theirs != theirs else f'{ours / theirs:.2f}×'} | {fmt(cpu_ratio, 2)}× |")
    plugins = sorted({r.get("plugin") for r in ok["cqnews"] if r.get("method") == "site" and r.get("plugin")})
    lines.append("")
    if plugins:
        lines.append("Site plugins used: " + ", ".join(plugins) + ".")
    else:
        lines.append("No page was served by a site plugin in this run.")
    lines.append("")
    return lines


def quality_lines(results: dict[str, dict], scores: dict, corpora: list[str]) -> list[str]:
    """Body F1 of each tool's timed runs on each corpus that has body truth."""
    qcorpora = [c for c in corpora if any(c in s for s in scores.values())]
    lines = [
        "## Body quality of the timed runs (AEB metric: F1 of mean shingle precision/recall; pages with body truth)",
        "",
        "| tool | " + " | ".join(f"{c} F1 (n)" for c in qcorpora) + " |",
        "|---|" + "---:|" * len(qcorpora),
    ]
    for tool in results:
        if tool == "lxml":
            continue
        tool_scores = scores.get(tool, {})
        cells = [f"{tool_scores[c][0]:.3f} ({tool_scores[c][1]})" if c in tool_scores else "–" for c in qcorpora]
        lines.append(f"| {LABELS[tool]} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def error_lines(results: dict[str, dict]) -> list[str]:
    """The first 60 page errors of all tools (nothing if none)."""
    errs = [(tool, r["name"], r["error"]) for tool, res in results.items() for r in res["pages"] if "error" in r]
    if not errs:
        return []
    return ["## Errors", "", *(f"- {tool} {name}: {error}" for tool, name, error in errs[:60]), ""]


def targets(results: dict, times: dict, base: dict) -> list[str]:
    """Each target on wall-clock and on CPU time; "met" only when both meet it (the machine may be shared)."""

    def table(tool: str, key: str) -> dict:
        res = results.get(tool, {})
        return {(r["corpus"], r["name"]): r[key] for r in res.get("pages", []) if key in r and "error" not in r}

    def ratio(tool: str, ref: str, key: str, keys: list | None = None, total: bool = False) -> float:
        a, b = table(tool, key), table(ref, key)
        keys = [k for k in (keys if keys is not None else a) if k in a and k in b]
        if not keys:
            return float("nan")
        if total:
            return sum(b[k] for k in keys) / sum(a[k] for k in keys)
        return med([a[k] for k in keys]) / med([b[k] for k in keys])

    def verdict(values: tuple[float, float], ok) -> str:
        return "met" if all(v == v and ok(v) for v in values) else "NOT met"

    out = []
    if "cqnews" in results and "trafilatura.extract" in results:
        pair = (ratio("cqnews", "trafilatura.extract", "seconds"), ratio("cqnews", "trafilatura.extract", "cpu"))
        out.append(f"cqnews median ≤ 1.0× trafilatura.extract: {pair[0]:.2f}× wall, {pair[1]:.2f}× CPU → "
                   f"{verdict(pair, lambda v: v <= 1.0)}")
        site = [k for k, method in _cq_methods(results) if method == "site"]
        if site:
            pair = (
                ratio("cqnews", "trafilatura.extract", "seconds", site),
                ratio("cqnews", "trafilatura.extract", "cpu", site),
            )
            out.append(f"site-plugin pages ≤ 0.5× trafilatura.extract: {pair[0]:.2f}× wall, {pair[1]:.2f}× CPU on "
                       f"{len(site)} pages → {verdict(pair, lambda v: v <= 0.5)}")
        else:
            out.append("site-plugin pages ≤ 0.5× trafilatura.extract: no site-plugin page in the corpus run")
    if "cqnews" in results and "newspaper4k" in results:
        pair = (
            ratio("cqnews", "newspaper4k", "seconds", total=True),
            ratio("cqnews", "newspaper4k", "cpu", total=True),
        )
        out.append(f"throughput ≥ 2× newspaper4k (same pages): {pair[0]:.2f}× wall, {pair[1]:.2f}× CPU → "
                   f"{verdict(pair, lambda v: v >= 2.0)}")
    if "cqnews" in results and not results["cqnews"].get("failed"):
        out.append(f"cqnews peak RSS over the corpus run: {results['cqnews']['peak_rss_mb']:.0f} MB "
                   "(growth over passes: benchmarks/memory.py; 5 MB page: benchmarks/scaling.py)")
    return out


def _cq_methods(results: dict) -> list[tuple[tuple[str, str], str | None]]:
    return [((r["corpus"], r["name"]), r.get("method")) for r in results["cqnews"]["pages"] if "error" not in r]


def run_scorers() -> str:
    chunks = []
    for script, extra in (("quotes.py", ["--pipeline"]), ("captions.py", [])):
        path = HERE / script
        if not path.exists():
            continue
        proc = subprocess.run(
            [sys.executable, str(path), *extra], capture_output=True, text=True, check=False, cwd=HERE
        )
        tail = "\n".join((proc.stdout or "").strip().splitlines()[-25:])
        chunks.append(f"### {script} {' '.join(extra)} (exit {proc.returncode})\n\n```\n{tail}\n```\n")
    return "## Other quality benchmarks (same checkout)\n\n" + "\n".join(chunks) if chunks else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--repeat", type=int, default=3, help="timed parses per page (median taken); default 3")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per corpus (smoke tests)")
    parser.add_argument("--out", type=Path, default=RESULTS / "speed.md")
    parser.add_argument("--scorers", action="store_true", help="also run quotes.py --pipeline and captions.py")
    parser.add_argument(
        "--report-only", action="store_true", help="re-render the report from the --out .json of a previous run"
    )
    parser.add_argument("--quiet-children", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        try:
            worker(args.worker, args.corpus, args.repeat, args.limit, args.result)
        except Exception:  # noqa: BLE001
            traceback.print_exc()
            return 1
        return 0
    if args.report_only:
        saved = json.loads(args.out.with_suffix(".json").read_text())
        results = saved["results"]
        args.corpus = saved.get("corpus", args.corpus)
        args.repeat = saved.get("repeat", args.repeat)
        scores = quality({t: r for t, r in results.items() if not r.get("failed")})
        text = report(results, saved["machine"], args, scores)
        text += ("\n" + saved["scorers"]) if saved.get("scorers") else ""
        print(text)
        args.out.write_text(text + "\n")
        return 0
    info = machine_info()
    results: dict[str, dict] = {}
    for tool in args.tools:
        print(f"running {tool} ...", file=sys.stderr, flush=True)
        results[tool] = run_child(tool, args)
        res = results[tool]
        if not res.get("failed"):
            print(f"  {len(res['pages'])} pages in {res['wall_s']:.1f} s wall, peak RSS {res['peak_rss_mb']:.0f} MB",
                  file=sys.stderr, flush=True)
    scores = quality({t: r for t, r in results.items() if not r.get("failed")})
    text = report(results, info, args, scores)
    scorers = run_scorers() if args.scorers else ""
    if scorers:
        text += "\n" + scorers
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n")
    saved = {"machine": info, "corpus": args.corpus, "repeat": args.repeat, "scorers": scorers, "results": results}
    args.out.with_suffix(".json").write_text(json.dumps(saved, default=str))
    print(f"\nwritten: {args.out} and {args.out.with_suffix('.json')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
