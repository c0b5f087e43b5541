"""A body's name with "of", an office title and a full name before the cue ("Bank of Korea Governor Lee Min-ho
said") name the person, with the body and office as role, whether or not the given name is a known one: no
organisation named "Bank of Korea Governor Lee Min-ho". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_central_bank_governor_with_an_unlisted_given_name() -> None:
    text = "“Prices are easing slowly,” Bank of Thailand Governor Sethaput Wongsa said."
    assert said(text, "en") == [("Sethaput Wongsa", "Bank of Thailand Governor")]


def test_two_words_before_of_and_a_president() -> None:
    text = "“Trade will recover,” Development Bank of Ghana President Kwabena Otoo told reporters."
    assert said(text, "en") == [("Kwabena Otoo", "Development Bank of Ghana President")]


def test_a_body_alone_still_speaks() -> None:
    text = "“Rates will stay on hold,” the Bank of Thailand said."
    assert said(text, "en") == [("the Bank of Thailand", None)]
