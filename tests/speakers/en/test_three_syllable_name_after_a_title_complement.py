"""A title with its complement before a name of three East Asian syllables ("Minister for Health Ong Ye Kung"): the
three words are the name, the complement stays in the role. A name of two words, or a run too short to leave a
complement, is read as before. Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_minister_for_a_portfolio_then_a_three_syllable_name() -> None:
    assert said("“Every clinic will stay open,” said Minister for Health Goh Kee Lin.", "en") == [
        ("Goh Kee Lin", "Minister for Health")
    ]


def test_minister_of_a_portfolio_then_a_vietnamese_name_before_said() -> None:
    assert said("“Every clinic will stay open,” Minister of Health Vu Thi Lan said.", "en") == [
        ("Vu Thi Lan", "Minister of Health")
    ]


def test_two_word_name_after_a_two_word_complement() -> None:
    assert said("“We will talk,” said Minister for Foreign Affairs Zhou Bo.", "en") == [
        ("Zhou Bo", "Minister for Foreign Affairs")
    ]


def test_two_word_name_after_a_one_word_complement() -> None:
    assert said("“We will talk,” said Minister of Law Zhou Bo.", "en") == [("Zhou Bo", "Minister of Law")]
