"""A title joined to its complement by "for" ("The Minister for Transport, Ann Cole, said") set off by commas before
the holder's name is her role, as a title with "of" is; the run after "for" names the office, not a person. Made-up
sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_minister_for_before_the_name_opening_the_sentence() -> None:
    text = "The Minister for Transport, Aoife Brennan, said the tunnel would open in the autumn."
    assert said(text, "en") == [("Aoife Brennan", "The Minister for Transport")]


def test_minister_of_state_for_after_the_quote() -> None:
    text = "“The money is there,” the Minister of State for Sport, Colm Devane, said."
    assert said(text, "en") == [("Colm Devane", "the Minister of State for Sport")]


def test_member_for_a_seat() -> None:
    text = "The MP for Kingsford, Dara Lowe, said the bridge was unsafe."
    assert said(text, "en") == [("Dara Lowe", "The MP for Kingsford")]
