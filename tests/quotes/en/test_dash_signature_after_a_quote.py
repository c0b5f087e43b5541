"""A quote signed by a dash and a name that end its paragraph ("“…” - Governor Ann Lee") is that person's or
body's, with or without a mark closing the words; a dash followed by more of the sentence signs nothing. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_titled_name_after_a_dash() -> None:
    assert said('"The new bridge is a great day for Enugu" - Governor Chidera Obi', language="en") == [
        ("Chidera Obi", "Governor")
    ]


def test_body_after_a_dash() -> None:
    assert said('"Fares will not rise this year." — Harbour Ferries Ltd', language="en") == [
        ("Harbour Ferries Ltd", None)
    ]
