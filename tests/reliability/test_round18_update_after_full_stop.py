"""Round 18 (Session 60): a date line that turns to the update after a full stop ("Published March 5, 2026. Updated
March 9, 2026") gave no updated date: the update label was looked for only after a separator (|, ·, -, /, a comma).
Made-up page and dump."""

from __future__ import annotations

from datetime import datetime

import cqnews
from cqnews.extract.shown_updates import before_update_label

DATE_LINE = "Published March 5, 2026. Updated March 9, 2026"
PARAGRAPHS = (
    "The harbour board will rebuild the north quay next spring, its chair told a meeting of fishermen on Tuesday.",
    "The works will take two years and cost more than the board first said, the chair told them.",
)


def test_the_words_before_the_update_end_at_the_full_stop() -> None:
    assert before_update_label(DATE_LINE) == "Published March 5, 2026"


def test_a_page_date_line_gives_both_dates() -> None:
    page = (
        "<html><head><title>Quay</title></head><body><article><h1>Quay works to start</h1>"
        f"<p class='date'>{DATE_LINE}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"
    )
    article = cqnews.parse(page)
    assert article.published is not None and article.published.date() == datetime(2026, 3, 5).date()
    assert article.updated is not None and article.updated.date() == datetime(2026, 3, 9).date()


def test_a_dump_date_line_gives_both_dates() -> None:
    article = cqnews.parse_text("Quay works to start\n" + DATE_LINE + "\n\n" + "\n\n".join(PARAGRAPHS))
    assert article.headline == "Quay works to start"
    assert article.published is not None and article.published.date() == datetime(2026, 3, 5).date()
    assert article.updated is not None and article.updated.date() == datetime(2026, 3, 9).date()
