"""A pronoun with its auxiliary contracted onto it right before a cue ("they’ll tell you …", "it’s clear that …")
is a pronoun, never a description: no speaker role "they’ll" or "it’s" (made-up sentences)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    blocks = [Block(text="The board met on Friday."), Block(text=text)]
    return [(q.speaker.role if q.speaker else None, q.mention, q.text) for q in find_quotes(blocks, "en")]


def test_they_will_tell_is_the_pronoun_they() -> None:
    found = _speakers("Ask any broker and they’ll tell you the housing market is overheated.")
    assert found and all(role != "they’ll" for role, _, _ in found)
    assert ("they", "the housing market is overheated") in [(m, t) for _, m, t in found]


def test_it_is_clear_contracted_gives_no_role() -> None:
    found = _speakers("Still, it's clear that the club wants new members.")
    assert found and all(role is None for role, _, _ in found)
    assert all(mention != "it's" for _, mention, _ in found)


def test_she_had_said_keeps_the_named_speaker() -> None:
    blocks = [Block(text="Anna Lane chairs the board."), Block(text="She’d said that the market was overheated.")]
    quotes = find_quotes(blocks, "en")
    assert [(q.speaker.name if q.speaker else None, q.mention) for q in quotes] == [("Anna Lane", "She")]
