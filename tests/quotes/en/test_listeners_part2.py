"""A cue that may take a listener but needs none ("warned", "promised"): the listener before a clause
without "that" is no part of the clause. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_warned_a_listener_then_a_clause() -> None:
    assert _found("Nora Quist warned lawmakers the plan would fail.") == [
        ("indirect", "the plan would fail", "Nora Quist")
    ]


def test_promised_an_audience_then_a_clause() -> None:
    assert _found("Nora Quist promised her staff they would be paid in full.") == [
        ("indirect", "they would be paid in full", "Nora Quist")
    ]


def test_warned_a_clause_without_a_listener() -> None:
    assert _found("Nora Quist warned the plan would fail.") == [("indirect", "the plan would fail", "Nora Quist")]


def test_cautioned_a_listener_then_a_clause() -> None:
    assert _found("Nora Quist cautioned reporters the plan could fail.") == [
        ("indirect", "the plan could fail", "Nora Quist")
    ]
