"""A "to" after an adverbial right after a cue that takes no infinitive opens the noun's recipient ("said in a letter to
members the fees …", "said on Tuesday to reporters the talks …"): the clause after that recipient is the report, as
after "said to reporters". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_letter_to_a_bare_plural_then_the_clause() -> None:
    assert reported("The drivers' union said in a letter to members the fees would rise next year.") == [
        "the fees would rise next year"
    ]


def test_note_to_residents_then_the_clause() -> None:
    assert reported("The parish council said in a note to residents the bins would be collected on Friday.") == [
        "the bins would be collected on Friday"
    ]


def test_time_then_to_a_listener_then_the_clause() -> None:
    assert reported("The trade minister said on Tuesday to reporters the talks had stalled.") == [
        "the talks had stalled"
    ]


def test_infinitive_cue_keeps_its_infinitive() -> None:
    assert reported("The mayor promised on Tuesday to review the parking budget.") == ["to review the parking budget"]
