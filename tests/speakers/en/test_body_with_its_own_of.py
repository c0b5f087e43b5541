"""A body named after "of" behind an inverted cue runs on past its own "of" ("of Bank of China") (English).

Found by probing made-up sentences: "said Yu Hong of Bank of China." gave the role "of Bank", cut inside the
bank's name, since the body was read as one run of capitalised words. Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_bank_named_with_of() -> None:
    assert said("“Growth will pick up,” said Yu Hong of Bank of China.", "en") == [("Yu Hong", "of Bank of China")]


def test_the_body_stops_before_a_time_phrase() -> None:
    assert said("“Rates will hold,” said Ann Lee of Bank of America on Monday.", "en") == [
        ("Ann Lee", "of Bank of America")
    ]


def test_a_body_of_one_run_is_unchanged() -> None:
    assert said("“Rates will hold,” said Ann Lee of Acme. Of course, they fell.", "en") == [("Ann Lee", "of Acme")]
