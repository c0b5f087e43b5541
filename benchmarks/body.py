"""Body and title quality of cqnews against trafilatura, on the shared corpus.

    python benchmarks/body.py            # AEB, Fundus, fundus-more and regional, each in tune/check halves
    python benchmarks/body.py --only aeb --worst 10
    python benchmarks/body.py --only fundus --titles   # every title miss, ours against the truth

Scores the body with the article-extraction-benchmark metric (4-token shingles of \\w+ tokens,
precision and recall averaged over pages, F1 of the two means), titles by exact match after
whitespace normalisation, and times both tools per page (reading and decompression untimed).
Every exception cqnews raises on a page is counted and printed. Where benchmarks/truth_errata.json corrects
lines of a page's body truth (verified on the page: a caption or a credit line the truth keeps as article
text), the figure on the corrected truth is printed beside the one on the truth as given.

Every corpus is scored in its tune and check halves, by publisher: fundus-more and regional by their own
split files, AEB and Fundus by the publisher halves of ``sanity_split.json`` (:mod:`sanity`). The summary
line of each corpus gives F1 to six decimals, so that a rule touching a few pages shows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import traceback
from dataclasses import dataclass, field

import trafilatura
from corpus import (
    Page,
    aeb_pages,
    corrected_truth,
    fundus_body,
    fundus_more_halves,
    fundus_pages,
    match_counts,
    normalize_title,
    prf,
    print_prf_table,
    regional_halves,
    truth_errata,
)
from sanity import load_split, publisher

import cqnews


def truth_body(page: Page) -> str | None:
    if page.corpus == "fundus":
        return fundus_body(page.truth)
    return page.truth.get("body")


Counts = tuple[float, float, float]


@dataclass
class BodyRun:
    """What one corpus gave: shingle counts of both tools, times, title hits and cqnews's exceptions."""

    ours: list[Counts] = field(default_factory=list)
    theirs: list[Counts] = field(default_factory=list)
    t_ours: list[float] = field(default_factory=list)
    t_theirs: list[float] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    title_misses: list[tuple[str, str | None, str]] = field(default_factory=list)
    per_page: list[tuple[Counts, str]] = field(default_factory=list)
    # against the truth with the verified body_lines errata (benchmarks/truth_errata.json), when a page has any
    ours_errata: list[Counts] = field(default_factory=list)
    theirs_errata: list[Counts] = field(default_factory=list)
    corrected: int = 0


def parse_ours(page: Page, errors: list[tuple[str, str]]) -> tuple[str, str | None]:
    """cqnews's text and headline for a page; ("", None) after an exception, which is recorded."""
    try:
        article = cqnews.parse(page.html, url=page.url)
        return article.text, article.headline
    except Exception as exc:  # noqa: BLE001 - the benchmark counts every failure
        errors.append((page.name, f"{type(exc).__name__}: {exc}"))
        if not isinstance(exc, cqnews.ParseError):
            traceback.print_exc()
        return "", None


def measure(pages: list[Page]) -> BodyRun:
    """Parse every page with both tools, timing each, and score bodies and titles against the truth."""
    result = BodyRun()
    for page in pages:
        truth = truth_body(page)
        start = time.perf_counter()
        text, headline = parse_ours(page, result.errors)
        result.t_ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        baseline = trafilatura.extract(page.html, url=page.url, include_comments=False) or ""
        result.t_theirs.append(time.perf_counter() - start)
        if truth is not None:
            counts = match_counts(truth, text)
            result.ours.append(counts)
            result.theirs.append(match_counts(truth, baseline))
            result.per_page.append((counts, page.name))
            fixed = corrected_truth(page.name, truth)
            result.corrected += fixed != truth
            result.ours_errata.append(match_counts(fixed, text) if fixed != truth else counts)
            result.theirs_errata.append(match_counts(fixed, baseline) if fixed != truth else result.theirs[-1])
        if "title" in page.truth:
            hit = normalize_title(headline) == normalize_title(page.truth["title"])
            result.titles.append(hit)
            if not hit:
                result.title_misses.append((page.name, headline, page.truth["title"]))
    return result


def print_titles(result: BodyRun, show_titles: bool) -> None:
    """Title exact-match rate, also without the truth titles contrary to the rule; every miss if asked."""
    titles = result.titles
    if titles:
        print(f"title exact: {sum(titles)}/{len(titles)} = {sum(titles) / len(titles):.1%}")
        contrary = [name for name, _, _ in result.title_misses if name in TITLE_TRUTH_CONTRARY]
        if contrary:
            kept = len(titles) - len(contrary)
            print(f"  without the {len(contrary)} truth title(s) contrary to the issue's rule: "
                  f"{sum(titles)}/{kept} = {sum(titles) / kept:.1%}")
            for name in contrary:
                print(f"    {name}: {TITLE_TRUTH_CONTRARY[name]}")
    if show_titles:
        for name, got, want in result.title_misses:
            print(f"  title miss {name}:\n    ours:  {got!r}\n    truth: {want!r}")


def print_errors_and_worst(result: BodyRun, worst: int) -> None:
    """Every exception cqnews raised, then the ``worst`` pages by true positives (none if 0)."""
    print(f"exceptions: {len(result.errors)}")
    for name, message in result.errors:
        print(f"  {name}: {message}")
    if worst:
        print("worst pages (tp, fp, fn):")
        for counts, name in sorted(result.per_page, key=lambda item: item[0][0])[:worst]:
            print(f"  {name}: {counts[0]:.2f} {counts[1]:.2f} {counts[2]:.2f}")


def run(pages: list[Page], label: str, worst: int, show_titles: bool = False) -> dict:
    """Measure one corpus and print its body F1 table, titles, exceptions and worst pages."""
    result = measure(pages)
    ours, theirs = result.ours, result.theirs
    f, tf = prf(ours)[2], prf(theirs)[2]
    print(f"\n## {label}: {len(pages)} pages, {len(ours)} with body truth, {len(result.titles)} with title truth")
    print_prf_table("tool (median ms)", [
        ("cqnews", prf(ours), f" {statistics.median(result.t_ours) * 1000:10.1f}"),
        ("trafilatura", prf(theirs), f" {statistics.median(result.t_theirs) * 1000:10.1f}"),
    ])
    figures = {"f1": f, "trafilatura_f1": tf, "errors": len(result.errors)}
    if result.corrected:
        print(f"with the verified truth errata of truth_errata.json (body_lines, {result.corrected} page(s)):")
        rows = [("cqnews", prf(result.ours_errata), ""), ("trafilatura", prf(result.theirs_errata), "")]
        print_prf_table("tool", rows)
        figures |= {"f1_errata": prf(result.ours_errata)[2], "trafilatura_f1_errata": prf(result.theirs_errata)[2]}
    print_titles(result, show_titles)
    print_errors_and_worst(result, worst)
    return figures


# Truth titles that break the rule the Foundation issue sets for headlines ("the article's own
# title without the ' - SiteName' suffix"), from benchmarks/truth_errata.json.
TITLE_TRUTH_CONTRARY = {e["page"]: e["reason"] for e in truth_errata()["titles_contrary_to_the_rule"]}


def run_halves(name: str, label: str, halves: dict[str, list[Page]], worst: int, show_titles: bool) -> int:
    """A corpus by tune and check half, with the gap; worst pages and titles of the tune half only
    (check-half failures are never read one by one)."""
    figures = {
        half: run(pages, f"{label}, {half} half", worst if half == "tune" else 0, show_titles and half == "tune")
        for half, pages in halves.items()
    }
    tune, check = figures["tune"], figures["check"]
    print(
        f"\n{name} body F1: cqnews tune {tune['f1']:.6f} / check {check['f1']:.6f} "
        f"(gap {tune['f1'] - check['f1']:+.3f}); trafilatura tune {tune['trafilatura_f1']:.6f} / "
        f"check {check['trafilatura_f1']:.6f}"
    )
    if "f1_errata" in tune or "f1_errata" in check:
        t, c = tune.get("f1_errata", tune["f1"]), check.get("f1_errata", check["f1"])
        print(f"  with the verified truth errata: cqnews tune {t:.6f} / check {c:.6f} (gap {t - c:+.3f})")
    return tune["errors"] + check["errors"]


def publisher_halves(pages: list[Page]) -> dict[str, list[Page]]:
    """``pages`` in the tune and check halves of the sanity scripts' publisher split (``sanity_split.json``)."""
    split = load_split(pages)
    halves: dict[str, list[Page]] = {"tune": [], "check": []}
    for page in pages:
        halves[split[publisher(page)]].append(page)
    return halves


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["aeb", "fundus", "fundus-en", "fundus-more", "regional"], action="append")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages by true positives")
    parser.add_argument("--titles", action="store_true", help="list every title miss (ours against the truth)")
    args = parser.parse_args()
    wanted = args.only or ["aeb", "fundus", "fundus-en", "fundus-more", "regional"]
    sets = {
        "aeb": ("AEB", lambda: publisher_halves(list(aeb_pages()))),
        "fundus": ("Fundus (all 82 pages)", lambda: publisher_halves(list(fundus_pages()))),
        "fundus-en": ("Fundus English", lambda: publisher_halves(list(fundus_pages(english_only=True)))),
    }
    errors = 0
    for key in wanted:
        if key == "fundus-more":
            errors += run_halves("fundus-more", "fundus-more", fundus_more_halves(), args.worst, args.titles)
            continue
        if key == "regional":
            errors += run_halves("regional", "Regional (Chinese sites)", regional_halves(), args.worst, args.titles)
            continue
        label, load = sets[key]
        errors += run_halves(label.split(" (")[0], label, load(), args.worst, args.titles)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
