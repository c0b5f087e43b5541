"""A name after a preposition inside a relative clause ("A woman who was abused by Jeffrey Epstein has
revealed …") is that clause's object, not the speaker. Sentences are made up."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_the_object_of_a_relative_clause_is_no_speaker() -> None:
    assert said_in_en("A woman who was abused by Tom Garrow has revealed she was never allowed into his office.") == [
        (None, "A woman")
    ]


def test_a_worker_for_someone_is_not_that_someone() -> None:
    assert said_in_en("A lawyer who worked for Ann Vole said the case was weak.") == [(None, "A lawyer")]


def test_a_named_subject_with_a_relative_clause_still_speaks() -> None:
    assert said_in_en("Ann Vole, who was backed by Tom Hale, said the case was weak.") == [("Ann Vole", None)]
