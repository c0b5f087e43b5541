""" "X put it bluntly: “…”": the manner word belongs to the idiom, so no reported clause starts at it.
Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_put_it_bluntly_before_a_quote_is_only_the_quote() -> None:
    assert _found("Rosa Vint put it bluntly: “The depot is a mess.”") == [("direct", "The depot is a mess.", "Rosa Vint")]
