"""A sentence adverb set off by commas after a name ("Sam Rider, however, decided …, saying that …") is no role.
Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(text: str) -> list[str | None]:
    return [q.speaker.role if q.speaker else None for q in find_quotes([Block(text=text)], "en")]


def test_however_set_off_after_the_name_is_no_role() -> None:
    text = "Browns DL Sam Rider, however, decided to weigh in on Monday, saying that the coach should be fined."
    assert _roles(text) == ["Browns DL"]  # the position in capitals is the role; the adverb is none


def test_meanwhile_set_off_after_the_name_is_no_role() -> None:
    text = "Browns DL Sam Rider, meanwhile, went on the radio on Friday, saying that the coach should be fined."
    assert _roles(text) == ["Browns DL"]  # the position in capitals is the role; the adverb is none
