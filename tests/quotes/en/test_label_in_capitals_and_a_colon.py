"""A label in capitals and a colon opening a block ("UPDATE:", "BREAKING:", "DEAR ABBY:") is no part of a report.

US local TV sites and advice columns open a paragraph with a label and a colon. The reported clause read from the
block's start began with it ("UPDATE: The road has reopened"), as one after a place in capitals and a colon
("KARACHI: …") no longer did. Made-up sentences in the shape of US local TV updates and a syndicated column.
"""

from __future__ import annotations

from tests.quote_helpers import reported, reported_said


def test_an_update_label() -> None:
    assert reported_said("UPDATE: The road has reopened, police said.") == [("The road has reopened", None, "police")]


def test_a_breaking_label_before_a_closing_cue() -> None:
    text = "BREAKING: Two people were hurt in the blast on Elm Street, the county sheriff said on Tuesday."
    assert reported(text) == ["Two people were hurt in the blast on Elm Street"]


def test_an_advice_column_label() -> None:
    assert reported("DEAR ABBY: My husband says I spend too much on shoes.") == ["I spend too much on shoes"]


def test_a_label_inside_the_block_is_unchanged() -> None:
    text = "The sign read UPDATE: closed, and the owner said the shop would open on Monday."
    assert reported(text) == ["the shop would open on Monday"]
