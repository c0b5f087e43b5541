"""Lines that are only a date leave the body; an ambiguous date is left out with a warning.

Lines under the headline that are only a date or a relative time are no body text; an ambiguous date is
left out with a warning, never guessed.

A labelled date line whose day and month cannot be told apart ("Published 03/04/2026") is a date line
all the same, like "03/04/2026" alone: it leaves the body (the date is left out with a warning).
Made-up page.
"""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.dates import is_date_line, read_date

_TEXT = (
    "The city council voted 5-2 on Tuesday to close the Elm Street library, ending a months-long fight over "
    "the branch's future and its budget."
)


def _article(line: str) -> cqnews.Article:
    html = (
        "<html><head><title>Council closes library</title></head><body><article><h1>Council closes library</h1>"
        f"{line}<p>{_TEXT}</p><p>{_TEXT} The branch closes in March.</p></article></body></html>"
    )
    return cqnews.parse(html)


@pytest.mark.parametrize(
    "line",
    ["<div class='date'>3 hours ago</div>", "<p>Updated 5 mins ago</p>", "<span class='date'>12/01/2026</span>",
     "<p>2小时前</p>"],
)
def test_date_and_relative_time_lines_are_no_body(line: str) -> None:
    assert [block.text[:8] for block in _article(line).body] == ["The city", "The city"]


def test_an_ambiguous_date_is_left_out_with_a_warning() -> None:
    article = _article("<span class='date'>12/01/2026</span>")
    assert article.published is None
    assert any("12/01/2026" in warning and "does not say which" in warning for warning in article.extraction.warnings)


def test_the_same_day_and_month_is_no_ambiguity() -> None:
    found = read_date("05/05/2026")
    assert found is not None and (found.value.month, found.value.day) == (5, 5)


def test_a_russian_published_and_updated_line_is_no_body_text() -> None:
    # "Обновлено" (updated) was no date word: with the writer's label and name after it the line had too
    # many other words to be a date line, and it opened the body.
    line = "Опубликовано: 18 ноября 2026, 14:20 Обновлено: 19 ноября 2026, 09:05 Автор: Ирина Смирнова"
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["Published 03/04/2026", "Posted on: 03/04/2026 10:00", "Stand: 03/04/2026"])
def test_a_labelled_numeric_date_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


def test_the_labelled_line_leaves_the_body() -> None:
    html = (
        "<html lang='en'><head><title>Council approves bridge</title></head><body><article>"
        "<h1>Council approves bridge</h1><p class='date'>Published 03/04/2026</p><p>The city council voted on"
        " Monday to approve a new pedestrian bridge across the river, ending a debate that lasted three years.</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(html)
    assert [block.text[:16] for block in article.body] == ["The city council"]
    assert article.published is None
