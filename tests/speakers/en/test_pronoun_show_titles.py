"""A programme named after its host ("The Ann Quill Show") is no person a later "she" can be.
Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def test_a_show_named_after_its_host_is_not_she() -> None:
    quotes = find_quotes(
        [
            Block(text="Marta Vole spoke in the town hall on Monday."),
            Block(text="On Wednesday, The Ann Quill Show hosted Vole. “Care for all is not the same thing,” she said."),
        ],
        "en",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Marta Vole"]
