"""An adverbial right after a cue whose noun is a compound in -ing ("at a press briefing", "during a town hall
meeting") or whose noun has a modifier in -ed right after its determiner ("in an emailed statement", "in a televised
address") is walked past like "at a press conference": the clause after it is the report. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_press_briefing_then_the_clause() -> None:
    assert reported("The energy minister said at a press briefing the fuel price would rise in March.") == [
        "the fuel price would rise in March"
    ]


def test_town_hall_meeting_then_the_clause() -> None:
    assert reported("The mayor said during a town hall meeting the bridge would reopen by summer.") == [
        "the bridge would reopen by summer"
    ]


def test_hearing_and_a_day_then_the_clause() -> None:
    assert reported("The board said at a budget hearing on Monday the levy would stay.") == ["the levy would stay"]


def test_emailed_statement_then_the_clause() -> None:
    assert reported("The spokeswoman said in an emailed statement the store would reopen on Monday.") == [
        "the store would reopen on Monday"
    ]


def test_televised_address_then_the_clause() -> None:
    assert reported("The senator said in a televised address the war was over.") == ["the war was over"]


def test_a_participle_of_saying_is_no_event_noun() -> None:
    assert reported("The firm said in a statement saying the plant would close.") == ["the plant would close"]


def test_no_cue_no_report() -> None:
    assert reported("The minister spoke at a press briefing the day after the vote.") == []
