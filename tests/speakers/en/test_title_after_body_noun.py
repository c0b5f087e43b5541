"""A lower-case title after a body's noun ("the Selangor police chief said") names a
person, unnamed here: a description, not an organisation. A title word after "of" still names the body ("the
ministry of defence"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said_in_en


def test_place_police_chief_is_a_description() -> None:
    text = "“It was a difficult call,” the Port Kelang police chief said."
    assert said_in_en(text) == [(None, "the Port Kelang police chief")]


def test_one_word_place_before_police_chief() -> None:
    text = "“Two suspects are still at large,” the Penang police chief said."
    assert said_in_en(text) == [(None, "the Penang police chief")]
