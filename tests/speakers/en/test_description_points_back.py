"""A definite description of a person with a capitalised modifier ("the French president", "the
Vermont senator") is no organisation: it stands for the person last named with that title, else for
an unnamed source. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_a_capitalised_modifier_before_a_title_is_the_person_named_before() -> None:
    text = "Sen. Bernie Sanders spoke in Iowa. “We will win,” the Vermont senator said."
    assert speakers_in(text, language="en") == ["Bernie Sanders"]


def test_a_national_title_after_the_full_name() -> None:
    text = "President Emmanuel Macron met the envoy. “The plan is sound,” the French president said."
    assert speakers_in(text, language="en") == ["Emmanuel Macron"]


def test_a_description_of_a_person_nobody_named_is_unnamed() -> None:
    assert said("“The numbers are good,” the Labour leader told reporters.", "en") == [(None, "the Labour leader")]
