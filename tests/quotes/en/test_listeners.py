""" "said to X" / "confirmed to X" + a clause without "that": the clause starts after the listener.
Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_explained_to_reporters_a_bare_clause() -> None:
    assert _found("Rosa Vint explained to reporters the depot was too small.") == [
        ("indirect", "the depot was too small", "Rosa Vint")
    ]


def test_confirmed_to_a_named_outlet_a_bare_clause() -> None:
    assert _found("Rosa Vint confirmed to the Ledger the depot would close.") == [
        ("indirect", "the depot would close", "Rosa Vint")
    ]
