"""A document quoted as a source (判决书称) is no person: a later 他 or a clause without a subject is never it."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_judgment_still_speaks_for_itself() -> None:
    assert speakers("判决书称，王明曾多次作案，情节严重。") == ["判决书"]


def test_a_clause_without_subject_after_reading_the_judgment_is_the_readers() -> None:
    text = "判决书称，王明曾多次作案，情节严重。李强表示，他被提审了十二次。后来，他读过判决书，觉得“跟看小说一样”。"
    assert speakers(text) == ["判决书", "李强", "李强"]
