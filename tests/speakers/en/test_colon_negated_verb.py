"""A clause before a colon whose verb is a negated auxiliary ("Vint didn't mince words: “…”") names its
subject as the speaker of the quote. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(*texts: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=t) for t in texts]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_didnt_mince_words_before_a_colon() -> None:
    assert _found("Tom Hale opened the meeting.", "Vint didn't mince words: “The depot is a mess and everyone knows it.”") == [
        ("direct", "The depot is a mess and everyone knows it.", "Vint")
    ]


def test_curly_apostrophe() -> None:
    assert _found("Tom Hale opened the meeting.", "Vint didn’t hold back: “The depot is a mess and everyone knows it.”") == [
        ("direct", "The depot is a mess and everyone knows it.", "Vint")
    ]
