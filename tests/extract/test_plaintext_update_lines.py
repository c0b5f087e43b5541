"""A text dump's update line under its title (Session 60): read as the updated date; one before the publishing time
is kept as the dump writes it, with a warning (a page's declared dateModified before its publishing is left out,
with a warning). Made-up dumps."""

from __future__ import annotations

from datetime import datetime

import cqnews

TITLE = "Harbour board approves new ferry terminal"
LEDE = (
    "The harbour board on Tuesday approved plans for a new ferry terminal on the eastern shore, officials said "
    "after a long meeting."
)


def test_an_update_line_is_the_updated_date() -> None:
    article = cqnews.parse_text(f"{TITLE}\nPublished: 2024-03-05 14:00\nUpdated: 2024-03-06 09:00\n\n{LEDE}\n")
    assert article.published == datetime(2024, 3, 5, 14, 0)
    assert article.updated == datetime(2024, 3, 6, 9, 0)
    assert article.headline == TITLE


def test_an_update_after_a_bar_on_the_date_line() -> None:
    article = cqnews.parse_text(f"{TITLE}\nMarch 5, 2024 2:00 PM | Updated March 6, 2024 9:00 AM\n\n{LEDE}\n")
    assert article.published == datetime(2024, 3, 5, 14, 0)
    assert article.updated == datetime(2024, 3, 6, 9, 0)


def test_an_update_before_the_publishing_is_kept_with_a_warning() -> None:
    article = cqnews.parse_text(f"{TITLE}\nPublished: 2024-03-05 14:00\nUpdated: 2024-03-04 09:00\n\n{LEDE}\n")
    assert article.published == datetime(2024, 3, 5, 14, 0)
    assert article.updated == datetime(2024, 3, 4, 9, 0)
    assert any("update time is before its publishing time; kept" in w for w in article.extraction.warnings)


def test_an_update_day_before_the_publishing_day_is_kept_with_a_warning() -> None:
    article = cqnews.parse_text(f"{TITLE}\nPublished: March 5, 2024\nUpdated: March 4, 2024\n\n{LEDE}\n")
    assert article.updated is not None and article.updated.date().isoformat() == "2024-03-04"
    assert any("kept as written" in w for w in article.extraction.warnings)


def test_a_page_still_leaves_an_earlier_update_out() -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2024-03-05T14:00:00+00:00'>"
        "<meta property='article:modified_time' content='2024-03-04T09:00:00+00:00'></head>"
        f"<body><article><h1>{TITLE}</h1><p>{LEDE}</p><p>{LEDE.replace('Tuesday', 'Monday')}</p></article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.updated is None
    assert any("before its publishing time; left out" in w for w in article.extraction.warnings)


def test_the_update_after_a_bar_in_the_date_line() -> None:
    # The shape body_head.title_above_date_lines documents (review of Session 60: its example had a full stop).
    article = cqnews.parse_text(f"{TITLE}\nPublished June 3, 2024 | Updated June 4, 2024\n\n{LEDE}\n")
    assert article.published is not None and article.published.date().isoformat() == "2024-06-03"
    assert article.updated is not None and article.updated.date().isoformat() == "2024-06-04"
