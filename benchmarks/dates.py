"""Publication dates of cqnews against the corpus truth (Fundus ``publishing_date``, regional ``date``).

    python benchmarks/dates.py                 # Fundus, fundus-more (tune and check halves), regional
    python benchmarks/dates.py --misses        # list the misses of the tune halves (fundus-more and Fundus)

A page counts as **right** when ``Article.published`` is the truth's instant within two minutes (a
truth written as a date only or as midnight without a zone, or an Article date of day precision, is
compared by calendar day; a naive time is compared as written), **day** when only the calendar day
agrees, **missing** when cqnews gives no date, **wrong** otherwise. fundus-more is split by publisher into the halves of
``fundus_more_split.json``, and the Fundus pages (all, then) into the publisher halves of ``sanity_split.json``
(by the URL's registered domain, as the sanity scripts split them): misses are listed for the tune halves only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timedelta

from corpus import Page, fundus_more_halves, fundus_pages, regional_pages, truth_errata
from sanity import load_split, publisher

import cqnews

_CLOSE = timedelta(minutes=2)


def truth_date(page: Page, errata: dict[str, str] | None = None) -> str | None:
    """The truth's publication date, or the date of a checked erratum when ``errata`` has the page."""
    if errata and page.name in errata:
        return errata[page.name]
    value = page.truth.get("publishing_date") or page.truth.get("date")
    return str(value) if value else None


def date_errata() -> dict[str, str]:
    """Checked corrections to truth dates (``truth_errata.json``, ``publishing_dates``), printed when used."""
    out = {}
    for item in truth_errata().get("publishing_dates", []):
        out[item["page"]] = item["date"]
        print(f"erratum: {item['page']}: date {item['date']} ({item['reason']})")
    return out


def verdict(truth: str, article: cqnews.Article) -> str:
    """right, day, missing or wrong (see the module docstring)."""
    found = article.published
    if found is None:
        return "missing"
    expected = datetime.fromisoformat(truth.replace("Z", "+00:00"))
    # Fundus writes a date-only truth as midnight without a zone.
    midnight = expected.tzinfo is None and (expected.hour, expected.minute, expected.second) == (0, 0, 0)
    date_only = len(truth) <= 10 or midnight or article.published_precision == cqnews.DatePrecision.DAY
    if date_only:
        return "right" if found.date() == expected.date() else "wrong"
    if (found.tzinfo is None) != (expected.tzinfo is None):
        found, expected = found.replace(tzinfo=None), expected.replace(tzinfo=None)
    if abs(found - expected) <= _CLOSE:
        return "right"
    return "day" if found.date() == expected.date() else "wrong"


def score(pages: list[Page], label: str, list_misses: bool, errata: dict[str, str] | None = None) -> float:
    counts: Counter[str] = Counter()
    misses = []
    for page in pages:
        truth = truth_date(page, errata)
        if truth is None:
            continue
        try:
            article = cqnews.parse(page.html, url=page.url)
        except cqnews.ParseError as exc:
            counts["error"] += 1
            misses.append((page.name, truth, f"ParseError: {exc}"))
            continue
        outcome = verdict(truth, article)
        counts[outcome] += 1
        if outcome != "right":
            misses.append((page.name, truth, f"{outcome}: {article.published} ({article.published_precision})"))
    total = sum(counts.values())
    share = counts["right"] / total if total else 0.0
    print(f"{label:28s} {total:4d} pages  right {share:.3f}  day only {counts['day']:3d}  "
          f"wrong {counts['wrong']:3d}  missing {counts['missing']:3d}  errors {counts['error']:2d}")
    if list_misses:
        for name, truth, what in misses:
            print(f"    {name}: truth {truth}; {what}")
    return share


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list misses (tune halves only)")
    args = parser.parse_args()
    halves = fundus_more_halves()
    cqnews.warm_up()
    errata = date_errata()
    fundus = list(fundus_pages())
    score(fundus, "Fundus (all)", False)
    split = load_split(fundus)
    ftune = score([p for p in fundus if split.get(publisher(p), "check") == "tune"], "Fundus, tune half", args.misses)
    fcheck = score([p for p in fundus if split.get(publisher(p), "check") == "check"], "Fundus, check half", False)
    print(f"{'Fundus gap':28s} tune - check {ftune - fcheck:+.3f}")
    tune = score(halves["tune"], "fundus-more, tune half", args.misses)
    check = score(halves["check"], "fundus-more, check half", False)  # never listed one by one
    print(f"{'fundus-more gap':28s} tune - check {tune - check:+.3f}")
    if errata:  # always beside the figures on the truth as given
        tune = score(halves["tune"], "  tune, with errata", False, errata)
        check = score(halves["check"], "  check, with errata", False, errata)
        print(f"{'  gap with errata':28s} tune - check {tune - check:+.3f}")
    score(list(regional_pages()), "regional", args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
