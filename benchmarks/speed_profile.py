"""Where cqnews.parse spends its time: a sampling profile (pyinstrument) over the corpus, by stage.

    python benchmarks/speed_profile.py                 # AEB + Fundus + regional, 2 passes
    python benchmarks/speed_profile.py --passes 1 --corpus aeb
    python benchmarks/speed_profile.py --cprofile      # deterministic cProfile instead (slower, skews to Python code)

Pages are read and decompressed before profiling starts, and one untimed warm-up parse pays for lazy
imports. Every sample's time goes to the *innermost* stage on its call stack, so a stage's share
excludes the stages it calls (e.g. date parsing called from a site plugin counts as date parsing).
Stages are recognised by the source file of the frames:

* trafilatura extraction: trafilatura, justext, courlan (called from cqnews/extract/generic.py)
* body clean-up: cqnews/extract/generic.py, container.py, boilerplate.py (block walk, chrome filters, find_container)
* lxml parsing: cqnews.document.parse_tree and all it calls (libxml2 parse plus the node-count walk)
* decoding: cqnews/decoding.py, charset_normalizer
* language detection: cqnews/enrich/language.py, langdetect
* date parsing: cqnews/enrich/dates.py, htmldate, dateparser, dateutil
* quote attribution: cqnews/enrich/quotes/, cqnews/enrich/speakers/
* captions & credits: cqnews/enrich/captions.py, cqnews/enrich/credits/, cqnews/extract/images.py,
  positions.py, bylines.py
* metadata: cqnews/extract/metadata.py; dateline: cqnews/enrich/dateline.py
* site plugins: cqnews/sites/ (own code; what they call is counted in its own stage)
* models: cqnews/models.py, pydantic (Article construction and validation)
* other cqnews: the rest of cqnews (pipeline glue, text helpers called outside any stage)

Shared helpers (cqnews/text.py, cqnews/document.py's element_text, lxml, re) inherit the stage that
called them. Writes benchmarks/results/profile.md, profile.txt (call tree) and profile.html.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

# corpus.py sits next to this script, and Python puts a script's folder first on sys.path.
from corpus import aeb_pages, fundus_pages, regional_pages

import cqnews

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"

# (stage, substrings of the frame's file path); the first rule that matches a frame names its stage.
STAGE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("language detection", ("/langdetect/", "cqnews/enrich/language.py")),
    ("date parsing", ("/htmldate/", "/dateparser/", "/dateutil/", "cqnews/enrich/dates.py", "/_strptime.py",
                      "email/utils.py", "email/_parseaddr.py")),
    ("quote attribution", ("cqnews/enrich/quote", "cqnews/enrich/speaker")),
    ("captions & credits", ("cqnews/enrich/captions.py", "cqnews/enrich/credit", "cqnews/extract/images.py",
                            "cqnews/extract/positions.py", "cqnews/extract/bylines.py")),
    ("metadata", ("cqnews/extract/metadata.py",)),
    ("dateline", ("cqnews/enrich/dateline.py",)),
    ("trafilatura extraction", ("/trafilatura/", "/justext/", "/courlan/")),
    (
        "body clean-up",
        (
            "cqnews/extract/generic.py",
            "cqnews/extract/container.py",
            "cqnews/extract/boilerplate.py",
            "cqnews/extract/plaintext.py",
        ),
    ),
    ("decoding", ("cqnews/decoding.py", "/charset_normalizer/")),
    ("site plugins", ("cqnews/sites/",)),
    ("models (pydantic)", ("cqnews/models.py", "/pydantic/", "/pydantic_core/")),
)
FUNCTION_RULES = {("cqnews/document.py", "parse_tree"): "lxml parsing"}
FALLBACK = "other cqnews"
TARGETS = {"language detection": 0.15, "date parsing": 0.15, "quote attribution": 0.15}


def stage_of(file_path: str | None, function: str | None) -> str | None:
    path = (file_path or "").replace("\\", "/")
    for (suffix, name), stage in FUNCTION_RULES.items():
        if path.endswith(suffix) and function == name:
            return stage
    for stage, needles in STAGE_RULES:
        if any(needle in path for needle in needles):
            return stage
    return None


def attribute(root) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Self time per stage (innermost stage wins) and per function."""
    stages: dict[str, float] = defaultdict(float)
    functions: dict[tuple[str, str], float] = defaultdict(float)
    stack = [(root, None, None)]
    while stack:
        frame, inherited, parent = stack.pop()
        function = frame.function or "?"
        file = frame.file_path_short or frame.file_path or "?"
        if function.startswith("[") and parent is not None:  # pyinstrument's synthetic "[self]" leaf
            file, function = parent
        elif file.startswith("<built-in>") and parent is not None:  # re, len, ...: name the caller
            file = f"<built-in>, called from {parent[1]} ({parent[0]})"
        stage = stage_of(frame.file_path, frame.function) or inherited
        if stage is None and "cqnews/" in (frame.file_path or ""):
            stage = FALLBACK
        self_time = max(0.0, frame.time - sum(child.time for child in frame.children))
        stages[stage or "outside cqnews.parse"] += self_time
        if self_time and stage is not None:
            functions[(file, function)] += self_time
        stack.extend((child, stage, (file, function)) for child in frame.children)
    return stages, functions


def load(corpora: list[str], limit: int | None) -> list[tuple[bytes, str | None]]:
    loaders = {"aeb": aeb_pages, "fundus": fundus_pages, "regional": regional_pages}
    pages = []
    for name in corpora:
        for index, page in enumerate(loaders[name]()):
            if limit is not None and index >= limit:
                break
            pages.append((page.html, page.url))
    return pages


def parse_all(pages: list[tuple[bytes, str | None]]) -> tuple[float, int]:
    errors = 0
    start = time.perf_counter()
    for html, url in pages:
        try:
            cqnews.parse(html, url=url)
        except Exception:  # noqa: BLE001
            errors += 1
    return time.perf_counter() - start, errors


def with_cprofile(pages, passes: int) -> tuple[dict[str, float], dict[tuple[str, str], float], float]:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(passes):
        parse_all(pages)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stages: dict[str, float] = defaultdict(float)
    functions: dict[tuple[str, str], float] = {}
    # cProfile has no stacks: charge each function's own time to its file's stage (no inheritance).
    for (file, _line, name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        stage = stage_of(file, name) or (FALLBACK if "cqnews/" in file else "unattributed (lxml/re/builtins)")
        stages[stage] += tt
        functions[(file, name)] = tt
    return stages, functions, sum(stages.values())


def quotes_projection(pages: list[tuple[bytes, str | None]]) -> str:
    """When parse() does not call find_quotes yet: its cost on the parsed bodies, as a share of parse + quotes."""
    try:
        from cqnews.enrich.quotes import find_quotes
    except ImportError:
        return "Quote attribution: cqnews.enrich.quotes.find_quotes not importable; no projection."
    articles = []
    parse_s = 0.0
    for html, url in pages:
        start = time.process_time()
        try:
            articles.append(cqnews.parse(html, url=url))
        except Exception:  # noqa: BLE001
            pass
        parse_s += time.process_time() - start
    quotes_s, found, errors = 0.0, 0, 0
    for article in articles:
        start = time.process_time()
        try:
            found += len(find_quotes(article.body, article.language))
        except Exception:  # noqa: BLE001
            errors += 1
        quotes_s += time.process_time() - start
    share = quotes_s / (parse_s + quotes_s) if parse_s + quotes_s else 0.0
    return (f"Quote attribution is not called by parse() in this checkout; projected: find_quotes on the "
            f"{len(articles)} parsed bodies takes {quotes_s:.2f} s CPU against {parse_s:.2f} s for the parses "
            f"({found} quotes, {errors} errors) → {share:.1%} of parse + quotes "
            f"(target < 15%: {'met' if share < 0.15 else 'NOT met'}).")


# Stages called straight from cqnews/pipeline.py, timed without a profiler (CPU, inclusive).
DIRECT = (
    ("decoding", "to_text"), ("lxml parsing", "parse_tree"), ("metadata", "read_metadata"),
    ("extraction (plugin or generic: trafilatura, clean-up, images)", "extract_page"),
    ("captions & credits (enrichment)", "attach_captions"), ("quote attribution", "find_quotes"),
    ("language detection", "detect_language"), ("date parsing", "first_date"),
)


def direct_timing(pages: list[tuple[bytes, str | None]]) -> tuple[dict[str, float], float]:
    """One unprofiled pass with cheap timers around the pipeline's stage calls (no sampling distortion)."""
    from cqnews import pipeline

    spent: dict[str, float] = defaultdict(float)
    originals = {}
    for stage, name in DIRECT:
        function = getattr(pipeline, name, None)
        if function is None:
            continue
        originals[name] = function

        def timed(*args, _f=function, _stage=stage, **kwargs):
            start = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_stage] += time.process_time() - start

        setattr(pipeline, name, timed)
    try:
        start = time.process_time()
        parse_all(pages)
        total = time.process_time() - start
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
    return spent, total


def with_pyinstrument(pages: list, passes: int, interval: float, out: Path) -> tuple[dict, dict, float, str]:
    """Sample ``passes`` parses of the corpus; stages, functions, total and the tool's name.

    The profiler's text and HTML reports are written next to ``out``.
    """
    from pyinstrument import Profiler

    profiler = Profiler(interval=interval, async_mode="disabled")
    profiler.start()
    for _ in range(passes):
        parse_all(pages)
    profiler.stop()
    root = profiler.last_session.root_frame(trim_stem=False)
    stages, functions = attribute(root)
    total = sum(v for k, v in stages.items() if k != "outside cqnews.parse")
    (out.with_suffix(".txt")).write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    (out.with_suffix(".html")).write_text(profiler.output_html())
    tool = f"pyinstrument, {interval * 1000:g} ms sampling, innermost stage wins"
    return stages, functions, total, tool


def verdict(share: float, stage: str) -> str:
    """Whether a stage's share of the parse meets its target ("" for a stage without one)."""
    target = TARGETS.get(stage)
    return "" if target is None else f"< {target:.0%}: {'met' if share < target else 'NOT met'}"


def stage_lines(stages: dict, total: float) -> list[str]:
    """Table rows of the sampled stages, largest first, then the targeted stages never seen."""
    lines = []
    for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        if stage == "outside cqnews.parse":
            continue
        share = seconds / total if total else 0.0
        lines.append(f"| {stage} | {seconds:.2f} | {share:.1%} | {verdict(share, stage)} |")
    for stage in TARGETS:
        if stage not in stages:
            lines.append(
                f"| {stage} | 0.00 | 0.0% | < {TARGETS[stage]:.0%}: met (stage not seen: not wired into parse yet?) |"
            )
    return lines


def direct_lines(spent: dict, direct_total: float) -> list[str]:
    """The table of unprofiled CPU time of the stages the pipeline calls directly."""
    lines = ["", f"Unprofiled CPU time of the stages the pipeline calls directly (inclusive; one pass, "
             f"{direct_total:.2f} s CPU in cqnews.parse). A sampling profiler inflates pure-Python code "
             "against C code (lxml), so the target verdicts use these figures:", "",
             "| stage (pipeline call) | CPU s | share | target |", "|---|---:|---:|---|"]
    for stage, name in DIRECT:
        if stage not in spent:
            continue
        share = spent[stage] / direct_total if direct_total else 0.0
        lines.append(f"| {stage} (`{name}`) | {spent[stage]:.2f} | {share:.1%} | {verdict(share, stage)} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus", nargs="+", choices=["aeb", "fundus", "regional"], default=["aeb", "fundus", "regional"]
    )
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--interval", type=float, default=0.0005, help="pyinstrument sampling interval (s)")
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=RESULTS / "profile.md")
    args = parser.parse_args()

    pages = load(args.corpus, args.limit)
    parse_all(pages[:3])  # warm-up: lazy imports, langdetect profiles, plugin imports
    plain = [parse_all(pages)[0] for _ in range(1)]
    spent, direct_total = direct_timing(pages)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.cprofile:
        stages, functions, total = with_cprofile(pages, args.passes)
        tool = "cProfile (own time per function; shared helpers are not charged to their callers)"
    else:
        stages, functions, total, tool = with_pyinstrument(pages, args.passes, args.interval, args.out)

    lines = [
        f"# Where cqnews.parse spends its time ({len(pages)} pages × {args.passes} passes; {tool})",
        "",
        f"Unprofiled pass: {statistics.median(plain):.1f} s for {len(pages)} pages "
        f"({statistics.median(plain) / len(pages) * 1000:.1f} ms/page mean). Profiled total in stages: {total:.1f} s.",
        "",
        "| stage | seconds | share of cqnews.parse (sampled) | target (sampled) |",
        "|---|---:|---:|---|",
    ]
    lines += stage_lines(stages, total)
    if "quote attribution" not in stages:
        lines += ["", quotes_projection(pages)]
    lines += direct_lines(spent, direct_total)
    lines += [
        "", f"Top {args.top} functions by own time:", "", "| function | file | seconds | share |", "|---|---|---:|---:|"
    ]
    for (file, name), seconds in sorted(functions.items(), key=lambda kv: -kv[1])[: args.top]:
        lines.append(f"| {name} | {file} | {seconds:.2f} | {seconds / total:.1%} |")
    text = "\n".join(lines)
    print(text)
    args.out.write_text(text + "\n")
    return 0

if __name__ == "__main__":
    sys.exit(main())
