"""The Chinese surname "He" before a given name opens a name, it is no pronoun (English).

Found by probing made-up sentences of the shape of Chinese outlets' English pages: "He Ping, a professor at
Southwest University, said: …" gave the speaker "Ping", and "said He Ping, …" gave none, since the capitalised
"He" was read as the pronoun. "He" followed by a cue ("He Said" in a headline) or by a lower-case verb stays
the pronoun. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_he_opens_a_name_before_an_apposition() -> None:
    assert said("He Ping, a professor at Southwest University, said: “The trend will continue.”", "en") == [
        ("He Ping", "a professor at Southwest University")
    ]


def test_he_opens_a_name_after_an_inverted_cue() -> None:
    assert said("“Demand is strong,” said He Ping, a professor at Southwest University.", "en") == [
        ("He Ping", "a professor at Southwest University")
    ]


def test_he_opens_a_name_before_the_cue() -> None:
    assert said("“Demand is strong,” He Ping said.", "en") == [("He Ping", None)]


def test_he_before_a_cue_is_the_pronoun() -> None:
    assert said("John Smith spoke first. He said: “We won.”", "en") == [("John Smith", None)]
