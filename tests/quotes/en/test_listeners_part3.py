""" "told" + a listener + a day or time + a clause without "that": the clause starts after the time;
a comma there ends what was told. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_told_reporters_on_a_day() -> None:
    assert _found("Nora Quist told reporters on Monday the depot would cost more.") == [
        ("indirect", "the depot would cost more", "Nora Quist")
    ]


def test_a_comma_after_the_day_tells_no_clause() -> None:
    assert _found("Nora Quist told reporters Monday, the depot would cost more.") == []
