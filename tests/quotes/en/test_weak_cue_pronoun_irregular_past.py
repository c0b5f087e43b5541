"""A weak cue without "that" reports a clause whose subject pronoun has an irregular past as its verb
("alleged he hid the cash", "found they spent twice the budget"), as it does one with an auxiliary or -ed."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_alleged_pronoun_irregular_past() -> None:
    assert reported("Prosecutors alleged he hid the cash in a storage unit.") == ["he hid the cash in a storage unit"]


def test_found_pronoun_irregular_past() -> None:
    assert reported("The audit found they spent twice the agreed budget.") == ["they spent twice the agreed budget"]


def test_pronoun_object_without_a_verb_is_not_a_clause() -> None:
    assert reported("The audit found it hard to trace the payments.") == []
