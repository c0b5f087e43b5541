"""An adverb of the saying right after the cue ("said publicly", "said repeatedly") is no part of the
clause; one of degree is ("said nearly a third …"). Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_said_publicly_then_a_clause() -> None:
    assert _found("Rosa Vint has said publicly the depot was too small.") == [
        ("indirect", "the depot was too small", "Rosa Vint")
    ]


def test_said_privately_then_a_pronoun() -> None:
    assert _found("Tom Hale said privately he would not resign.") == [("indirect", "he would not resign", "Tom Hale")]
