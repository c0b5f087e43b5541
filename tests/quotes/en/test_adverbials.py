"""A cue after its clause ("…, the president said") may be followed by adverbials of any length to the
sentence end ("in a speech to troops at a base in the north"): the clause before the cue is still the report.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_long_adverbial_after_the_cue() -> None:
    text = "The ferry will sail on Friday, the harbour master said in a message to the crews of the fleet."
    assert quotes_found(text) == [
        ("indirect", "The ferry will sail on Friday", None)
    ]


def test_adverbials_and_a_participle_phrase_after_the_cue() -> None:
    assert quotes_found("The ferry will sail on Friday, Ana Silva said on Monday in Oslo, without giving details.") == [
        ("indirect", "The ferry will sail on Friday", "Ana Silva")
    ]
