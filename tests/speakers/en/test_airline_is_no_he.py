"""A personal pronoun ("he", "she") never stands for a body: an airline named "… Air" is a body, so "he said"
after it is left unnamed when no person was named before. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_he_after_an_airline_is_unnamed(pronoun: str) -> None:
    text = f"Skyline Air cut 40 flights on Monday. “We had no choice after the storm,” {pronoun} said."
    assert said(text, "en") == [(None, None)]


def test_he_goes_to_the_person_named_beside_the_airline() -> None:
    text = "Tom Berg, the chief of Skyline Air, spoke on Monday. “We had no choice after the storm,” he said."
    assert said(text, "en") == [("Tom Berg", "the chief of Skyline Air")]
