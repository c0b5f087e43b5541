"""An age spelled out after a name ("Mia Lund, nine, said") is no role, as a written one ("Mia Lund, 9, said")
is not; a role after the age stays (made-up sentences)."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_spelled_age_alone_is_no_role() -> None:
    assert said_in_en("Tom Berg, eleven, said the pool had been closed all week.") == [("Tom Berg", None)]


def test_a_role_after_a_spelled_age_stays() -> None:
    found = said_in_en("Tom Berg, eleven, a pupil at the school, said the pool had been closed all week.")
    assert found == [("Tom Berg", "a pupil at the school")]


def test_one_of_a_group_is_still_a_role() -> None:
    found = said_in_en("Tom Berg, one of the lifeguards, said the pool had been closed all week.")
    assert found == [("Tom Berg", "one of the lifeguards")]
