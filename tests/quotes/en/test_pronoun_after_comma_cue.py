"""A pronoun right after a cue that follows a comma ("…, 41%, say they …") opens the reported clause: it is no
inverted speaker ("…, said Lee"), and the subject phrase before the comma is no report."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_share_set_off_before_say_leaves_the_clause_after_it() -> None:
    assert reported("Two in five renters, 41%, say they cannot afford a move this year.") == [
        "they cannot afford a move this year"
    ]
