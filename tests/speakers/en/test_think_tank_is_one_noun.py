"""The "think" of "think tank" is no cue: a description does not end before "tank" ("the think tank told …" is
the think tank, never a role "tank"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_a_think_tank_told() -> None:
    found = said_in_en("A fellow at the Delhi think tank told reporters that the smog would last another week.")
    assert found == [(None, "A fellow at the Delhi think tank")]


def test_an_analyst_at_a_think_tank_after_a_quote() -> None:
    found = said_in_en("“The air will improve soon,” Ravi Kumar, an analyst at the Delhi think tank told CBS News.")
    assert found == [("Ravi Kumar", "an analyst at the Delhi think tank")]
