""" "…, as X put it." closing a sentence: X reports the sentence before the comma; a verb whose object
may be a thing named inside the sentence ("as X proposes") reports nothing. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_closing_as_someone_put_it() -> None:
    assert _found("The depot plan is dead, as Rosa Vint put it.") == [("indirect", "The depot plan is dead", "Rosa Vint")]


def test_closing_as_someone_noted() -> None:
    assert _found("Fares rose twice last year, as Tom Hale noted.") == [
        ("indirect", "Fares rose twice last year", "Tom Hale")
    ]


def test_closing_as_someone_proposes_reports_nothing() -> None:
    assert _found("One could tax every trade in the city, as Tom Hale proposes.") == []
