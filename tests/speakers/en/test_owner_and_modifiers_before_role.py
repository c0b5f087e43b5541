"""An owner and two lower-case words before a role noun and a name ("Korea's chief trade negotiator Ann Lee
said") are all the role: not the head noun alone. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_owner_adjective_noun_before_diplomat() -> None:
    text = "“The talks were useful,” Peru's senior trade diplomat Ana Quispe said."
    assert said(text, "en") == [("Ana Quispe", "Peru's senior trade diplomat")]


def test_owner_adjective_noun_before_secretary() -> None:
    text = "“The budget will pass,” Kenya's deputy cabinet secretary Joseph Mwangi said."
    assert said(text, "en") == [("Joseph Mwangi", "Kenya's deputy cabinet secretary")]
