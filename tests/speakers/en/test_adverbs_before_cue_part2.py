"""Adverbs of frequency that do not end in -ly ("sometimes", "seldom", "afterwards") stand between a
subject and its cue like "often" does. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_has_sometimes_said() -> None:
    assert _found("Rosa Vint has sometimes said the depot was too small.") == [
        ("indirect", "the depot was too small", "Rosa Vint")
    ]


def test_afterwards_said() -> None:
    assert _found("Tom Hale afterwards said the vote was fair.") == [("indirect", "the vote was fair", "Tom Hale")]
