"""A "while" or "although" right after "that," opens the reported clause with a subordinate clause ("said that,
while the church welcomed the ruling, it would …"): the joiner is the report's first word, no stop before it."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_while_after_that_and_a_comma() -> None:
    assert reported("The chairman said that, while the club welcomed the offer, it would not sell the ground.") == [
        "while the club welcomed the offer, it would not sell the ground"
    ]


def test_although_after_that_and_a_comma() -> None:
    assert reported("The nurse said that, although the ward was full, no patient had been turned away.") == [
        "although the ward was full, no patient had been turned away"
    ]


def test_while_later_in_the_report_still_ends_it() -> None:
    assert reported("The firm said it would appeal, while the union welcomed the ruling.") == ["it would appeal"]
