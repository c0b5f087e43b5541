"""Golden tests: each built-in site on its real page(s), against expected JSON written by reading the page.

The pages are copies from the shared corpus (see tests/sites/README.md); the tests need only
this repository.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import cqnews
from cqnews.testing import assert_matches_expected, load_expected, read_page
from tests.paths import SITES

FIXTURES = SITES
CASES = sorted(FIXTURES.glob("*.expected.json"))


def _parse(case: dict) -> cqnews.Article:
    crawl = case.get("crawl_date")
    return cqnews.parse(
        read_page(FIXTURES / case["page"]),
        url=case.get("url"),
        site=case.get("site"),
        crawl_date=date.fromisoformat(crawl) if crawl else None,
    )


@pytest.mark.parametrize("path", CASES, ids=[path.name.removesuffix(".expected.json") for path in CASES])
def test_site_page_matches_expected(path: Path) -> None:
    case = load_expected(path)
    assert_matches_expected(_parse(case), case["expected"])


def test_every_builtin_site_has_a_golden_page() -> None:
    covered = {load_expected(path)["expected"]["site"] for path in CASES}
    builtin = {row.name for row in cqnews.sites.available() if row.kind == "site" and row.source == "cqnews"}
    # iChongqing has no saved HTML page: its text dump is tested in test_plugins.py.
    assert builtin - covered == {"ichongqing"}
