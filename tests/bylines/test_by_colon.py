"""A byline written with a colon after "By" ("By: Jane Porter", "Written by: Jane Porter") is a byline
like "By Jane Porter": its names are the authors and the line leaves the body. Made-up names."""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By: Jane Porter", ["Jane Porter"]),
        ("Written by: Jane Porter", ["Jane Porter"]),
        ("Reported by: Jane Porter and Tom Hale", ["Jane Porter", "Tom Hale"]),
        ("BY: JANE PORTER", ["Jane Porter"]),
    ],
)
def test_a_byline_with_a_colon_after_by(line: str, authors: list[str]) -> None:
    html = (
        "<html lang='en'><head><title>Council approves bridge</title></head><body><article>"
        f"<h1>Council approves bridge</h1><p>{line}</p>{_BODY}</article></body></html>"
    )
    article = cqnews.parse(html)
    assert article.authors == authors
    assert not any(line in block.text for block in article.body)
