"""The agency credit line "Reporting by Jane Porter; Editing by Tom Hale" is a credit line: the reporter is
the author, the editor an editor, a helper ("additional reporting by …") a contributor, and the line
leaves the body. Made-up names."""

from __future__ import annotations

import pytest

import cqnews

_BODY = (
    "<p>The city council voted on Monday to approve a new pedestrian bridge across the river, ending a"
    " debate that lasted three years.</p><p>The bridge will cost about twelve million pounds.</p>"
)


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Reporting by Jane Porter; Editing by Tom Hale", [("author", "Jane Porter"), ("editor", "Tom Hale")]),
        (
            "Reporting by Jane Porter in Leeds; additional reporting by Ann Lee; Editing by Tom Hale",
            [("author", "Jane Porter"), ("contributor", "Ann Lee"), ("editor", "Tom Hale")],
        ),
        ("Editing by Tom Hale", [("editor", "Tom Hale")]),
    ],
)
def test_an_agency_credit_line_at_the_end(line: str, credits: list[tuple[str, str]]) -> None:
    html = (
        "<html lang='en'><head><title>Council approves bridge</title></head><body><article>"
        f"<h1>Council approves bridge</h1>{_BODY}<p>{line}</p></article></body></html>"
    )
    article = cqnews.parse(html)
    assert [(credit.role.value, credit.name) for credit in article.credits] == credits
    assert not any(line in block.text for block in article.body)
