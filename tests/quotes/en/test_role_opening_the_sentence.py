"""A role set before the name at the start of a sentence ("The city manager, Tom Reed, told the council on
Monday.") is part of the subject: it is no clause reported before the cue. A clause before such a role still is
("The budget is short, the city manager, Tom Reed, said."). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported, said


def test_a_role_before_the_name_is_not_reported() -> None:
    assert reported("The city manager, Tom Reed, told the council on Monday.") == []
    text = "The budget is short, the city manager, Tom Reed, said."
    assert said(text, "en") == [("Tom Reed", "the city manager")]
    assert reported(text) == ["The budget is short"]


def test_a_longer_role_before_the_name_is_not_reported() -> None:
    assert reported("A former deputy mayor, Ann Lee, told the board on Tuesday.") == []
