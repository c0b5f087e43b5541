"""JSON-LD values written as value objects or after an empty list item (seventeenth reliability round).

JSON-LD may write a literal as a value object: a typed date (``{"@type": "DateTime", "@value": "…"}``) or a string
in a language (``{"@value": "…", "@language": "de"}``), as schema generators of multilingual sites do. The metadata
reader took strings only, so such a date or headline was left out without a word; and of a list it read the first
item alone, so ``["", "2023-09-14"]`` (a template's empty first field) gave no date. A value object is read by its
``@value``, and a list by its first item that is not empty.
"""

from __future__ import annotations

from datetime import UTC, datetime

import cqnews
from tests.ld_page import ld_page

_TEXT = (
    "The river ferry between the two old towns stopped on Thursday after its last crossing, eighty years after it "
    "began, the operator said in a statement."
)


def _parse(**fields: object) -> cqnews.Article:
    return cqnews.parse(ld_page({"@type": "NewsArticle", **fields}, _TEXT))


def test_a_typed_date_is_read() -> None:
    article = _parse(datePublished={"@type": "DateTime", "@value": "2023-09-14T08:15:00Z"})
    assert article.published == datetime(2023, 9, 14, 8, 15, tzinfo=UTC)


def test_a_date_after_an_empty_item_is_read() -> None:
    assert _parse(datePublished=["", "2023-09-14T08:15:00Z"]).published == datetime(2023, 9, 14, 8, 15, tzinfo=UTC)
    assert _parse(datePublished=[None, {"@value": "2023-09-14"}]).published == datetime(2023, 9, 14)


def test_a_headline_in_a_language_is_read() -> None:
    article = _parse(headline={"@value": "Last crossing for the river ferry", "@language": "en"})
    assert article.headline == "Last crossing for the river ferry"


def test_objects_without_a_value_stay_unread() -> None:
    assert _parse(datePublished={"date": "2023-09-14"}).published is None
