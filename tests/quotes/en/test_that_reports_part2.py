"""An adjective of stance reports a clause with "that" ("is confident that", "made it clear that"); its
subject stands before the predicate's verb. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_made_it_clear_that() -> None:
    assert _found("Rosa Vint has made it very clear that the depot will close.") == [
        ("indirect", "the depot will close", "Rosa Vint")
    ]


def test_is_confident_that() -> None:
    assert _found("Tom Hale is confident that the vote will pass.") == [("indirect", "the vote will pass", "Tom Hale")]


def test_became_increasingly_convinced_that() -> None:
    assert _found("Tom Hale became increasingly convinced that the vote would fail.") == [
        ("indirect", "the vote would fail", "Tom Hale")
    ]
