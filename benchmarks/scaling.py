"""Parse time and peak memory against page size, 1 KB to 5 MB of article text.

    python benchmarks/scaling.py                     # English pages, cqnews and trafilatura.extract, plot
    python benchmarks/scaling.py --lang zh           # Chinese pages (“……”，他说。 quotes, 新华社 credits)
    python benchmarks/scaling.py --no-trafilatura --sizes 1K 64K 1M

Each page is synthesised (deterministic, seeded) as a realistic news article: <head> with Open Graph
and JSON-LD metadata, a navigation bar, a headline, byline and date, a lead figure, then paragraphs with
quotes ("...," said X), sub-headings, figures with captions and photo credits, block quotes and
related-link asides, and a footer. The *article text* (paragraph, heading, quote and caption text) is
the stated size; the markup adds ~15%.

Every size runs in its own child process, so the peak RSS (``ru_maxrss``) reported for a size is that
of a fresh interpreter that imported cqnews, parsed one small warm-up page, built the page and
parsed it. Times are medians of several parses (fewer for large pages). Linearity is judged by the
exponent k of a least-squares fit time ∝ size^k over the sizes ≥ 64 KB (k = 1 is linear).
The plot goes to docs/scaling.png (matplotlib, when installed).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
PLOT = HERE.parent / "docs" / "scaling.png"
DEFAULT_SIZES = ("1K", "4K", "16K", "64K", "256K", "1M", "2M", "5M")

_EN_WORDS = [
    "the", "city", "government", "announced", "on", "Monday", "that", "a", "new", "plan", "for", "public",
    "transport", "would", "be", "introduced", "next", "year", "after", "months", "of", "consultation", "with",
    "residents", "and", "business", "owners", "across", "several", "districts", "officials", "said", "the",
    "project", "will", "cost", "about", "three", "billion", "yuan", "and", "create", "thousands", "of", "jobs",
    "while", "reducing", "traffic", "congestion", "in", "the", "central", "area", "where", "commuters", "often",
    "wait", "for", "hours", "during", "the", "morning", "rush", "local", "media", "reported", "that",
    "construction", "had", "already", "begun", "near", "the", "river", "bank", "and", "that", "the", "first",
    "line", "would", "open", "before", "the", "end", "of", "the", "decade", "experts", "welcomed", "the",
    "decision", "but", "warned", "that", "rising", "costs", "and", "delays", "could", "affect", "the", "schedule",
    "the", "mayor", "told", "reporters", "that", "the", "council", "had", "studied", "similar", "systems", "in",
    "other", "countries",
]
_EN_NAMES = (
    "Li Wei", "Zhang Min", "Sarah Johnson", "David Chen", "Wang Fang", "Michael Brown", "Liu Yang", "Anna Schmidt"
)
_EN_ROLES = (
    "a spokesperson for the municipal transport bureau", "deputy mayor of the city",
    "an economist at Chongqing University", "a local shop owner", "the project's chief engineer",
    "a resident of Yuzhong district",
)
_ZH_CHARS = (
    "重庆市政府周一宣布明年将推出新的公共交通计划经过数月与各区居民和企业主的协商官员表示该项目将耗资约三十亿元"
    "并创造数千个就业岗位同时缓解中心城区的交通拥堵当地媒体报道江边附近的建设已经开始第一条线路将在十年内开通"
    "专家对这一决定表示欢迎但警告成本上升和工期延误可能影响进度市长对记者说市议会研究了其他国家的类似系统"
)
_ZH_NAMES = ("李伟", "张敏", "王芳", "刘洋", "陈东", "赵丽")
_ZH_ROLES = ("市交通局发言人", "副市长", "重庆大学经济学家", "当地店主", "项目总工程师", "渝中区居民")


def parse_size(text: str) -> int:
    text = text.strip().upper()
    scale = {"K": 1024, "M": 1024 * 1024}.get(text[-1], 1)
    return int(float(text.rstrip("KM")) * scale)


def human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 2**20:g} MB"
    return f"{size / 1024:g} KB"


class Writer:
    """Generates sentences until the article text reaches the target size (UTF-8 bytes)."""

    def __init__(self, lang: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.text_bytes = 0

    def sentence(self, low: int = 8, high: int = 24) -> str:
        rng = self.rng
        if self.lang == "zh":
            n = rng.randint(low * 2, high * 2)
            start = rng.randrange(len(_ZH_CHARS) - n)
            return _ZH_CHARS[start : start + n] + "。"
        words = [rng.choice(_EN_WORDS) for _ in range(rng.randint(low, high))]
        return " ".join(words).capitalize() + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5))) if self.lang != "zh" else "".join(
            self.sentence() for _ in range(self.rng.randint(2, 5))
        )

    def quote_paragraph(self) -> str:
        rng = self.rng
        if self.lang == "zh":
            name, role = rng.choice(_ZH_NAMES), rng.choice(_ZH_ROLES)
            if rng.random() < 0.5:
                return f"{role}{name}表示：“{self.sentence()}{self.sentence()}”"
            return f"“{self.sentence()}”{name}说。"
        name, role = rng.choice(_EN_NAMES), rng.choice(_EN_ROLES)
        said = rng.choice(("said", "told reporters", "added"))
        return f"\u201c{self.sentence()[:-1]},\u201d {said} {name}, {role}. {self.sentence()}"

    def caption(self) -> tuple[str, str]:
        if self.lang == "zh":
            return self.sentence(6, 14), f"（{self.rng.choice(_ZH_NAMES)} 摄）"
        return self.sentence(6, 14), f"Photo: {self.rng.choice(_EN_NAMES)}/Xinhua"

    def count(self, text: str) -> str:
        self.text_bytes += len(text.encode("utf-8"))
        return text


def synth_article(text_size: int, lang: str = "en", seed: int = 7) -> bytes:
    """A realistic article page whose article text is ``text_size`` bytes of UTF-8."""
    w = Writer(lang, seed)
    zh = lang == "zh"
    headline = w.count(
        "重庆发布新公共交通规划 首条线路年内开工" if zh
        else "Chongqing unveils new public transport plan as first line breaks ground"
    )
    summary = w.sentence()
    out: list[str] = []
    add = out.append
    add("<!DOCTYPE html>")
    add(f'<html lang="{"zh-CN" if zh else "en"}"><head><meta charset="utf-8">')
    add(f"<title>{escape(headline)} - {'重庆日报' if zh else 'Chongqing Daily'}</title>")
    add(f'<meta property="og:title" content="{escape(headline)}">')
    add(f'<meta name="description" content="{escape(summary)}">')
    add('<meta property="article:published_time" content="2024-05-17T09:30:00+08:00">')
    add('<meta property="og:site_name" content="Chongqing Daily">')
    add('<link rel="canonical" href="https://www.example-news.cn/2024/05/17/transport-plan.html">')
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": "2024-05-17T09:30:00+08:00",
        "author": {"@type": "Person", "name": _ZH_NAMES[0] if zh else _EN_NAMES[0]},
    }
    add(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    add("<style>body{font-family:sans-serif}.nav a{margin:0 4px}</style></head><body>")
    section = "栏目" if zh else "Section"
    add('<header><nav class="nav">' + "".join(f'<a href="/section/{i}">{section} {i}</a>' for i in range(12))
        + "</nav></header>")
    add('<main><article class="article">')
    add(f"<h1>{escape(headline)}</h1>")
    byline = f"记者 {_ZH_NAMES[0]}" if zh else f"By {_EN_NAMES[0]}"
    add(f'<div class="byline">{escape(w.count(byline))} '
        '<time datetime="2024-05-17T09:30:00+08:00">2024-05-17 09:30</time></div>')
    cap, credit = w.caption()
    add(f'<figure><img src="/img/lead.jpg" alt="{escape(cap)}" width="800" height="450">'
        f'<figcaption>{escape(w.count(cap))} '
        f'<span class="credit">{escape(w.count(credit))}</span></figcaption></figure>')
    add('<div class="article-body">')
    index = 0
    while w.text_bytes < text_size:
        index += 1
        if index % 10 == 0:
            add(f"<h2>{escape(w.count(w.sentence(4, 8)))}</h2>")
        elif index % 15 == 7:
            cap, credit = w.caption()
            add(f'<figure class="image"><img src="/img/{index}.jpg" alt="" width="640" height="360"><figcaption>'
                f"{escape(w.count(cap))} <em>{escape(w.count(credit))}</em></figcaption></figure>")
        elif index % 25 == 13:
            add(f"<blockquote><p>{escape(w.count(w.paragraph()))}</p></blockquote>")
        elif index % 40 == 21:
            add('<aside class="related"><h3>Related</h3><ul>' + "".join(
                f'<li><a href="/news/{index}-{k}.html">{escape(w.sentence(5, 9))}</a></li>' for k in range(3))
                + "</ul></aside>")
        elif index % 6 == 3:
            add(f"<p>{escape(w.count(w.quote_paragraph()))}</p>")
        else:
            add(f"<p>{escape(w.count(w.paragraph()))}</p>")
    add("</div>")
    add(f'<p class="editor">{"责任编辑：王芳" if zh else "Editor: Wang Fang"}</p>')
    add("</article></main>")
    about = "关于我们" if zh else "About us"
    add('<footer><ul class="links">' + "".join(f'<li><a href="/about/{i}">{about} {i}</a></li>' for i in range(10))
        + "</ul><p>Copyright 2024 Chongqing Daily. All rights reserved.</p></footer>")
    add("</body></html>")
    return "\n".join(out).encode("utf-8")


# ------------------------------------------------------------------------------------------ children


_PAGE_URL = "https://www.example-news.cn/2024/05/17/transport-plan.html"


def child(size: int, lang: str, repeat: int, tool: str) -> dict:
    import resource

    if tool == "cqnews":
        import cqnews

        options = cqnews.ParseOptions(max_input_bytes=64 * 2**20)

        def parse(html: bytes):
            return cqnews.parse(html, url=_PAGE_URL, options=options)
    else:
        import trafilatura

        def parse(html: bytes):
            return trafilatura.extract(html, url=_PAGE_URL, include_comments=False)

    parse(synth_article(4096, lang, seed=1))  # warm-up: lazy imports, langdetect profiles
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    html = synth_article(size, lang)
    times = []
    result = None
    for _ in range(repeat):
        # The previous Article must not be alive during the next parse (it would inflate the peak).
        result = None
        start = time.perf_counter()
        result = parse(html)
        times.append(time.perf_counter() - start)
    out = {"size": size, "html_bytes": len(html), "seconds": statistics.median(times), "runs": times,
           "rss_before_mb": rss_before, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if tool == "cqnews":
        out["blocks"] = len(result.body)
        out["text_chars"] = len(result.text)
        for name in ("quotes", "images"):
            value = getattr(result, name, None)
            if value is not None:
                out[name] = len(value)
    else:
        out["text_chars"] = len(result or "")
    return out


def repeats_for(size: int) -> int:
    if size <= 256 * 1024:
        return 5
    if size <= 2 * 2**20:
        return 3
    return 2


def run_size(size: int, lang: str, tool: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(size), "--lang", lang, "--tool", tool]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"size": size, "error": (proc.stderr or "").strip().splitlines()[-1:] or ["child failed"]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fit_exponent(rows: list[dict]) -> float:
    points = [
        (math.log(r["size"]), math.log(r["seconds"])) for r in rows if "seconds" in r and r["size"] >= 64 * 1024
    ]
    if len(points) < 2:
        return float("nan")
    mx = statistics.fmean(p[0] for p in points)
    my = statistics.fmean(p[1] for p in points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def plot(results: dict[str, list[dict]], lang: str, path: Path) -> str:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib not installed: no plot (pip install matplotlib)"
    fig, (ax, ax_rss) = plt.subplots(1, 2, figsize=(11, 4.5), dpi=110)
    for tool, rows in results.items():
        ok = [r for r in rows if "seconds" in r]
        xs = [r["size"] / 1024 for r in ok]
        ax.plot(xs, [r["seconds"] * 1000 for r in ok], marker="o", label=tool)
        ax_rss.plot(xs, [r["peak_rss_mb"] for r in ok], marker="o", label=tool)
    cq = [r for r in results.get("cqnews", []) if "seconds" in r]
    if cq:
        ref = next((r for r in cq if r["size"] >= 64 * 1024), cq[-1])
        xs = [r["size"] / 1024 for r in cq]
        ax.plot(xs, [ref["seconds"] * 1000 * (x * 1024 / ref["size"]) for x in xs], linestyle=":", color="grey",
                label="linear (through cqnews at 64 KB)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("article text (KB)")
    ax.set_ylabel("parse time (ms, median)")
    ax.set_title(f"Parse time vs page size ({lang} synthetic articles)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    ax_rss.axhline(200, linestyle="--", color="red", alpha=0.6, label="target: 200 MB")
    ax_rss.set_xscale("log")
    ax_rss.set_xlabel("article text (KB)")
    ax_rss.set_ylabel("peak RSS of a fresh process (MB)")
    ax_rss.set_title("Peak memory vs page size")
    ax_rss.grid(True, which="both", alpha=0.3)
    ax_rss.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    return f"plot written to {path}"


def run_all(sizes: list[int], lang: str, tools: list[str]) -> dict[str, list[dict]]:
    """Each tool on each size, one child process a run; a row per size and tool, printed as it comes."""
    results: dict[str, list[dict]] = {tool: [] for tool in tools}
    for size in sizes:
        for tool in tools:
            row = run_size(size, lang, "cqnews" if tool == "cqnews" else "trafilatura")
            results[tool].append(row)
            shown = f"{row['seconds'] * 1000:.1f} ms" if "seconds" in row else f"ERROR {row.get('error')}"
            print(f"{human(size):>7} {tool}: {shown}", file=sys.stderr, flush=True)
    return results


def table_lines(sizes: list[int], results: dict[str, list[dict]]) -> list[str]:
    """The Markdown table: a row per size, cqnews's figures then trafilatura's when it ran."""
    header = "| article text | HTML bytes | cqnews ms | cqnews µs/KB | blocks | quotes | images | cqnews peak RSS MB |"
    rule = "|---:|---:|---:|---:|---:|---:|---:|---:|"
    if "trafilatura.extract" in results:
        header += " trafilatura.extract ms | trafilatura peak RSS MB | cqnews / trafilatura |"
        rule += "---:|---:|---:|"
    lines = [header, rule]
    for i, size in enumerate(sizes):
        row = results["cqnews"][i]
        if "seconds" not in row:
            cells = [human(size), "", f"ERROR: {row.get('error')}", "", "", "", "", ""]
        else:
            cells = [human(size), f"{row['html_bytes']:,}", f"{row['seconds'] * 1000:.1f}",
                     f"{row['seconds'] * 1e6 / (size / 1024):.0f}", str(row.get("blocks", "")),
                     str(row.get("quotes", "–")), str(row.get("images", "–")), f"{row['peak_rss_mb']:.0f}"]
        if "trafilatura.extract" in results:
            cells += trafilatura_cells(row, results["trafilatura.extract"][i])
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def trafilatura_cells(row: dict, t: dict) -> list[str]:
    """trafilatura's time and peak RSS for one size, and cqnews's time as a ratio of it."""
    if "seconds" not in t:
        return [f"ERROR: {t.get('error')}", "", ""]
    ratio = f"{row['seconds'] / t['seconds']:.2f}×" if "seconds" in row else ""
    return [f"{t['seconds'] * 1000:.1f}", f"{t['peak_rss_mb']:.0f}", ratio]


def verdict_lines(sizes: list[int], results: dict[str, list[dict]]) -> list[str]:
    """The growth exponent of each tool, and whether cqnews's peak RSS on the largest page meets 200 MB."""
    lines = []
    for tool, rows in results.items():
        k = fit_exponent(rows)
        if k != k:  # NaN: fewer than two sizes of 64 KB or more
            lines.append(f"{tool}: not enough sizes ≥ 64 KB to fit a growth exponent.")
            continue
        lines.append(f"{tool}: time ∝ size^{k:.2f} over 64 KB–{human(max(sizes))} "
                     f"({'close to linear' if k <= 1.15 else 'SUPERLINEAR'}).")
    big = [r for r in results["cqnews"] if r["size"] == max(sizes) and "peak_rss_mb" in r]
    if big:
        r = big[0]
        lines.append(f"cqnews peak RSS for the {human(r['size'])} page: {r['peak_rss_mb']:.0f} MB "
                     f"({r['rss_before_mb']:.0f} MB after import and warm-up) → target < 200 MB "
                     f"{'met' if r['peak_rss_mb'] < 200 else 'NOT met'}.")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--lang", choices=["en", "zh"], default="en")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--plot", type=Path, default=PLOT)
    parser.add_argument("--out", type=Path, default=RESULTS / "scaling.md")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--tool", default="cqnews", help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=int, help="write the synthetic page of N bytes of text to stdout and exit")
    args = parser.parse_args()
    if args.dump:
        sys.stdout.buffer.write(synth_article(args.dump, args.lang))
        return 0
    if args.child:
        print(json.dumps(child(args.child, args.lang, repeats_for(args.child), args.tool)))
        return 0

    sizes = [parse_size(s) for s in args.sizes]
    tools = ["cqnews"] + ([] if args.no_trafilatura else ["trafilatura.extract"])
    results = run_all(sizes, args.lang, tools)
    lines = [
        f"# Parse time vs page size ({args.lang} synthetic articles; "
        f"load average at start {os.getloadavg()[0]:.2f})",
        "",
    ]
    lines += table_lines(sizes, results)
    lines.append("")
    lines += verdict_lines(sizes, results)
    lines.append("")
    lines.append(plot(results, args.lang, args.plot))
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n")
    (args.out.with_suffix(".json")).write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
