"""Round 18 (Session 60): a page's declared update day before its publishing day was left out without a word (an
update time before the publishing time has had a warning). Both are left out with the same warning now. Made-up
pages."""

from __future__ import annotations

import cqnews

PARAGRAPHS = (
    "<p>The ferry company will add a second boat to the island route in May, its director told reporters.</p>"
    "<p>“Demand has doubled since the bridge closed,” said Oren Vail, who runs the harbour office.</p>"
)


def _page(published: str, modified: str) -> str:
    return (
        f"<html><head><title>Ferry</title><meta property='article:published_time' content='{published}'>"
        f"<meta property='article:modified_time' content='{modified}'></head>"
        f"<body><article><h1>Ferry</h1>{PARAGRAPHS}</article></body></html>"
    )


def test_an_update_day_before_the_publishing_day_is_left_out_with_a_warning() -> None:
    article = cqnews.parse(_page("2024-03-05T14:00:00+01:00", "2024-03-04"))
    assert article.updated is None
    assert any("update time is before its publishing time; left out" in w for w in article.extraction.warnings)


def test_the_publishing_day_as_the_update_day_is_no_contradiction() -> None:
    # A day alone reads as midnight: on the publishing day it says nothing of a later change (no warning).
    article = cqnews.parse(_page("2024-03-05T14:00:00+01:00", "2024-03-05"))
    assert article.updated is None
    assert not any("updated:" in w for w in article.extraction.warnings)


def test_a_later_update_day_is_kept() -> None:
    article = cqnews.parse(_page("2024-03-05T14:00:00+01:00", "2024-03-07"))
    assert article.updated is not None and article.updated.date().isoformat() == "2024-03-07"
