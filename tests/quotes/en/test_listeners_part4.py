""""told" + something named in lower case is no listener with a clause after it ("told the truth", "told the
crowd, …", "told the television program …"). (Reading "told the council the plan …" as a report lowered a
check figure and stays out of main; these cases hold either way.) Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(text: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text)]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def test_what_is_told_is_no_listener() -> None:
    assert _found("Nora Quist told the truth the whole time.") == []


def test_a_comma_after_the_audience_tells_no_clause() -> None:
    assert _found("Nora Quist told the crowd, her voice drowned out by boos.") == []


def test_a_listener_that_goes_on_tells_no_clause() -> None:
    assert _found("Nora Quist told the television program Night Desk after the fight, which was filmed.") == []
