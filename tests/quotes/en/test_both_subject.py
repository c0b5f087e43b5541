""""both" after a cue opens the reported clause when it opens a subject of two that a finite verb ends ("said both
Ann and Tom have been fair", "said both unions have agreed"); an adverbial "both …" does not ("said both in English
and in French that …", "said both times …"). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_both_x_and_y_open_the_clause() -> None:
    assert reported("Mara Voss said both the mayor and the council have been fair to her.") == [
        "both the mayor and the council have been fair to her"
    ]
    assert reported("Mara Voss said both times the plan was dead.") == []


def test_both_and_a_plural_open_the_clause() -> None:
    assert reported("Tom Reed said both unions had agreed to the offer.") == ["both unions had agreed to the offer"]
