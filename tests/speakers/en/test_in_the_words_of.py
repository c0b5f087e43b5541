"""A phrase that lends the quote after it to a speaker: "In the words of X, “…”", "To quote X, “…”",
"In X's own words, “…”". Sentences are made up."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_in_the_words_of_a_titled_name() -> None:
    assert quotes_found("In the words of Mayor Rosa Vint, “the depot is a relic.”") == [
        ("direct", "the depot is a relic.", "Rosa Vint")
    ]


def test_to_quote_a_name() -> None:
    assert quotes_found("To quote Tom Hale, “the depot is a relic.”") == [("direct", "the depot is a relic.", "Tom Hale")]


def test_in_someones_own_words() -> None:
    assert quotes_found("In Tom Hale’s own words, “the depot is a relic.”") == [
        ("direct", "the depot is a relic.", "Tom Hale")
    ]
