"""A participle of what the report set off ("…, sending its shares up", "…, forcing drivers onto a detour") after the
comma that ends the reported clause is the writer's, outside the report, as "prompting" and "sparking" are.
Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_sending_after_the_clause_is_the_writers() -> None:
    assert reported("The brewer said profits had doubled, sending its shares up 8 per cent.") == [
        "profits had doubled"
    ]


def test_forcing_after_the_clause_is_the_writers() -> None:
    assert reported("The county said the bridge would close for a month, forcing drivers onto a long detour.") == [
        "the bridge would close for a month"
    ]
