"""A name after a preposition inside a relative clause ("A woman who was abused by Jeffrey Epstein has
revealed …") is that clause's object, not the speaker. Sentences are made up."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")]


def test_the_object_of_a_relative_clause_is_no_speaker() -> None:
    assert _who("A woman who was abused by Tom Garrow has revealed she was never allowed into his office.") == [
        (None, "A woman")
    ]


def test_a_worker_for_someone_is_not_that_someone() -> None:
    assert _who("A lawyer who worked for Ann Vole said the case was weak.") == [(None, "A lawyer")]


def test_a_named_subject_with_a_relative_clause_still_speaks() -> None:
    assert _who("Ann Vole, who was backed by Tom Hale, said the case was weak.") == [("Ann Vole", None)]
