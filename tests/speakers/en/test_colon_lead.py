"""A quote paragraph introduced by a paragraph ending in a colon is that paragraph's subject's, also when
the paragraph holds dashes or curly apostrophes (it is Latin script all the same). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_a_colon_lead_with_a_dash_and_a_curly_apostrophe() -> None:
    quotes = find_quotes(
        [
            Block(text="When the hosts turned to snark—and it’s tempting, we know—Ann Vole called them on it:"),
            Block(text="“The questions asked tonight show why people distrust the media. Everyone at home knows it.”"),
        ],
        "en",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Vole"]


def test_a_question_before_the_colon_clause_ends_its_sentence() -> None:
    quotes = find_quotes(
        [
            Block(text="Do we know how tempting snark can be? Ann Vole took them on:"),
            Block(text="“The questions asked tonight show why people distrust the media. Everyone at home knows it.”"),
        ],
        "en",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Vole"]
