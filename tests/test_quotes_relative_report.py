"""A report inside a relative clause on a name ("Biden, who has said …, gave no date"): the name speaks, an
auxiliary or an adverb may stand after "who", and the report ends where the main verb comes back, whatever
its form. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_an_auxiliary_after_who() -> None:
    assert quotes_found("Mayor Ana Silva, who has said the bridge would reopen in May, set no date.") == [
        ("indirect", "the bridge would reopen in May", "Ana Silva")
    ]


def test_also_after_who() -> None:
    assert quotes_found("Tom Hale, who also claimed that the vote was rigged, lost the appeal.") == [
        ("indirect", "the vote was rigged", "Tom Hale")
    ]


def test_an_irregular_main_verb_ends_the_report() -> None:
    assert quotes_found("Tom Hale, who said the plant would close by June, gave no reason.") == [
        ("indirect", "the plant would close by June", "Tom Hale")
    ]
