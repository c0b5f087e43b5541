"""A labelled date line whose day and month cannot be told apart ("Published 03/04/2026") is a date line
all the same, like "03/04/2026" alone: it leaves the body (the date is left out with a warning).
Made-up page."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.dates import is_date_line


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
