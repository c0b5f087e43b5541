"""cqnews.table.article_row takes what a researcher holds: the Article of cqnews.parse as well as a Result of
parse_many; anything else is a TypeError that names what it takes (not an AttributeError from inside)."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.batch import Result
from cqnews.sources import Source
from cqnews.table import COLUMNS, article_row

TEXT = (
    "Harbour bridge to close for repairs\n\n"
    "The harbour bridge will close to traffic for three weeks from Monday while its cables are replaced.\n\n"
    '"The work cannot wait another winter," said Maria Lopez, the city engineer, at a briefing on Friday.\n'
)


def test_the_row_of_an_article_is_the_row_of_its_result_without_a_source() -> None:
    article = cqnews.parse_text(TEXT)
    row = article_row(article)
    assert list(row) == list(COLUMNS)
    assert row == article_row(Result(Source(), article=article))
    assert row["file"] is None and row["error_type"] is None
    assert [quote["speaker"] for quote in row["quotes"]] == ["Maria Lopez"]


def test_anything_else_is_a_type_error_that_names_what_it_takes() -> None:
    with pytest.raises(TypeError, match="Article or a parse_many Result"):
        article_row({"headline": "not an article"})  # type: ignore[arg-type]
