"""A "that" right after a preposition, past the cue's listener and object, is a determiner or a pronoun ("told the
court the truth about that night"), never the conjunction opening what the cue reports: "He told the court the truth
about that night in Bray." reported "night in Bray". Right after the cue ("said after that the team …") the
preposition and "that" are a time before the bare clause, read as before. Session 63. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_that_after_about_is_no_report() -> None:
    assert reported("He told the court the truth about that night in Bray.") == []


def test_that_after_of_is_no_report() -> None:
    assert reported("She told the jury the story of that winter in Kano.") == []


def test_the_cue_s_own_that_is_the_report() -> None:
    assert reported("She told the court that she had been afraid of him.") == ["she had been afraid of him"]


def test_a_time_then_that_reports() -> None:
    assert reported("The mayor said on Monday that the bridge would reopen.") == ["the bridge would reopen"]


def test_after_that_right_after_the_cue_keeps_the_clause() -> None:
    assert reported("The coach said after that the team had played well.") == ["the team had played well"]
