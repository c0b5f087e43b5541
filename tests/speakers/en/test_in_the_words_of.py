"""A phrase that lends the quote after it to a speaker: "In the words of X, “…”", "To quote X, “…”",
"In X's own words, “…”". Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_in_the_words_of_a_titled_name() -> None:
    assert _found("In the words of Mayor Rosa Vint, “the depot is a relic.”") == [
        ("direct", "the depot is a relic.", "Rosa Vint")
    ]


def test_to_quote_a_name() -> None:
    assert _found("To quote Tom Hale, “the depot is a relic.”") == [("direct", "the depot is a relic.", "Tom Hale")]


def test_in_someones_own_words() -> None:
    assert _found("In Tom Hale’s own words, “the depot is a relic.”") == [
        ("direct", "the depot is a relic.", "Tom Hale")
    ]
