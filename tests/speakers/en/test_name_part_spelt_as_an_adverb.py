"""An East or Southeast Asian name part spelt like an English adverb ("Soon", "Long"), capitalised right after a
name word, is part of the name, not an adverb ending it. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_soon_ending_a_name_after_a_role() -> None:
    assert said("“We will table the report next week,” Committee chairman Ling Tian Soon said.", "en") == [
        ("Ling Tian Soon", "Committee chairman")
    ]


def test_soon_ending_a_name_after_the_cue() -> None:
    assert said("“The road will be widened,” said Ling Tian Soon.", "en") == [("Ling Tian Soon", None)]


def test_long_ending_a_name_after_a_title() -> None:
    assert said("“Vaccines arrive on Friday,” Health Minister Nguyen Thanh Long said.", "en") == [
        ("Nguyen Thanh Long", "Health Minister")
    ]


def test_soon_opening_a_sentence_is_the_adverb() -> None:
    assert said("“We will table it,” said Tom Hale. Soon after, the meeting ended.", "en") == [("Tom Hale", None)]
