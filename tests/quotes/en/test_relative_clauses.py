"""A report inside a relative clause on a name ("Hale, who said …, gave no reason"): the report ends where
the main verb comes back, whatever its form. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_an_irregular_main_verb_ends_the_report() -> None:
    assert quotes_found("Tom Hale, who said the plant would close by June, gave no reason.") == [
        ("indirect", "the plant would close by June", "Tom Hale")
    ]
