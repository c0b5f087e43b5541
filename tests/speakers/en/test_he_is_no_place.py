"""A he or she stands for a person, never for a place quoted as a speaker ("Veloria said it would send troops. He
said …": no "Veloria"); a person named before the place is still the antecedent. Found by a probe of made-up
sentences (the pronoun resolved to the country quoted just before). Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_he_after_a_country_quoted() -> None:
    assert said("France said it would send troops. He said the mission would last a year.", "en") == [
        ("France", None),
        (None, None),
    ]


def test_she_after_a_country_quoted_in_the_closing_form() -> None:
    assert said("“We will act,” Japan said. “The matter is closed,” she added.", "en") == [("Japan", None), (None, None)]


def test_the_person_named_before_the_country() -> None:
    assert said("Tom Hale spoke first. Canada said it disagreed. “We will not sign,” he said.", "en") == [
        ("Canada", None),
        ("Tom Hale", None),
    ]
