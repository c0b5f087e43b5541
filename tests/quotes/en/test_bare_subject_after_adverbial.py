"""A bare noun in lower case followed by an auxiliary after a short adverbial of a cue is the subject of the
reported clause ("said in its annual report sales had fallen", "said on Monday prices would rise"), not one more
word of the adverbial's noun. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_bare_plural_after_a_medium_with_its_owner() -> None:
    assert reported("The firm said in its annual report sales had fallen.") == ["sales had fallen"]


def test_bare_plural_after_a_day() -> None:
    assert reported("The bank said on Monday prices would rise.") == ["prices would rise"]


def test_bare_plural_after_a_medium() -> None:
    assert reported("The council said in a letter residents would be moved.") == ["residents would be moved"]


def test_a_verb_with_no_subject_is_no_clause() -> None:
    assert reported("The coach said in the interview was the key.") == []
