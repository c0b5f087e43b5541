"""A reported clause whose subject is the writer's and whose verb is inside a quote ("said the plan “will
cost us dearly”") is reported speech as a whole, beside the direct quote; a quote a colon or "as"
introduces stays only a direct quote."""

from __future__ import annotations

from tests.quote_helpers import direct_texts, indirect_said


def test_a_subject_before_the_quote_makes_the_whole_clause_reported() -> None:
    quote = "will cost the town dearly for many years, and every family will feel it in their budget."
    text = f"Mayor Tom Ruiz said the bridge closure “{quote}”"
    assert indirect_said(text) == [(f"the bridge closure “{quote}”", "Tom Ruiz")]
    assert direct_texts(text, "en") == [quote]


def test_a_quote_after_that_stays_only_direct() -> None:
    text = "Mayor Tom Ruiz said that “the closure of the old bridge will cost the town dearly.”"
    assert indirect_said(text) == []


def test_a_quote_after_a_colon_stays_only_direct() -> None:
    text = "Tom Ruiz added a warning: “The closure will cost the town dearly for years.”"
    assert indirect_said(text) == []


def test_a_quote_after_as_is_a_description_not_a_clause() -> None:
    text = "Tom Ruiz described the plan as a “costly blunder that will hurt every family in the town for years.”"
    assert indirect_said(text) == []
