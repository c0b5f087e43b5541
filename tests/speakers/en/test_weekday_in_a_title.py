"""A weekday after "the" and before a capitalised word opens a title ("the Sunday Times", "the Monday Post"), no
date: the whole title speaks. A weekday without the article stays a date. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_newspaper_named_after_a_weekday_with_a_capitalised_article() -> None:
    assert said("“We stand by our story,” The Sunday Times said in a statement.", "en") == [("The Sunday Times", None)]


def test_a_newspaper_named_after_a_weekday_after_the_cue() -> None:
    assert said("“Our reporter was never paid,” said the Monday Post.", "en") == [("the Monday Post", None)]


def test_a_weekday_without_the_article_is_a_date() -> None:
    assert said("“We will appeal,” on Sunday Tom Hale said.", "en") == [("Tom Hale", None)]
