"""A title that is also a given name ("Dean", "Earl") right after a lower-case role noun opens the person's name:
"head coach Dean Harwood" is Dean Harwood, the head coach; alone before a surname it stays a title. Made-up
sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_dean_after_a_coach_before_the_cue() -> None:
    text = "“We switched off at the back,” Wolves head coach Dean Harwood said."
    assert said(text, "en") == [("Dean Harwood", "Wolves head coach")]


def test_earl_after_a_captain_after_the_cue() -> None:
    text = "“We never gave up,” said club captain Earl Mensah."
    assert said(text, "en") == [("Earl Mensah", "club captain")]


def test_dean_alone_before_a_surname_stays_a_title() -> None:
    text = "“The course will close in June,” said Dean Harwood."
    assert said(text, "en") == [("Harwood", "Dean")]
