"""After a cue, "this" and a verb ("said this is …") or a day that owns a noun ("said Thursday's vote …", "said
last year's budget …") open the reported clause; "this week" alone is a time phrase."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_this_and_a_verb_open_a_clause() -> None:
    assert reported("Many growers say this is only a bad season.") == ["this is only a bad season"]


def test_day_owning_a_noun_opens_a_clause() -> None:
    assert reported("The coach said Sunday's loss had hurt the team.") == ["Sunday's loss had hurt the team"]


def test_last_year_owning_a_noun_opens_a_clause() -> None:
    assert reported("The treasurer said last year's deficit was the largest in a decade.") == [
        "last year's deficit was the largest in a decade"
    ]


def test_this_week_alone_reports_nothing() -> None:
    assert reported("The treasurer spoke about it this week.") == []
