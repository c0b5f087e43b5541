""""that" right after a noun and before a present verb with its object, a count or an adverb ("a charity called the
Leeds Trust that runs three shelters", "a panel that meets weekly") is a relative pronoun, no reporting "that":
nobody is reported; a plural subject after a cue's "that" ("said that officers were armed") still opens a report."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_relative_that_before_a_present_verb_reports_nothing() -> None:
    assert reported("The council set up a panel called the Leeds Forum that meets weekly.") == []
    text = "In 2009, the city council opened an inquiry into a charity called the Leeds Trust that runs three shelters."
    assert reported(text) == []
    assert reported("The mayor said that officers were armed.") == ["officers were armed"]
