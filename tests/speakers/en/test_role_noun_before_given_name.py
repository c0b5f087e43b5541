"""A capitalised run that ends in a role noun before a known given name ("CBS Sports NFL Insider Jason La
Canfora"): the words up to the role noun are the role, the name of two or three words after it the person."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_outlet_and_a_capitalised_role_noun_before_a_name_are_the_role() -> None:
    text = "Metro Radio Sports Insider Jason Ruiz has reported that the league will fine the coach."
    assert said(text, "en") == [("Jason Ruiz", "Metro Radio Sports Insider")]


def test_a_name_of_three_words_after_the_role_noun() -> None:
    text = "Valley Food Blogger Anna Maria Berg said the market was moved."
    assert said(text, "en") == [("Anna Maria Berg", "Valley Food Blogger")]
