"""A phrase set before "X said:" and a quote is no reported clause: the quote is what was said.
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _found(text: str) -> list[tuple[QuoteKind, str, str | None]]:
    return [
        (q.kind, q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_a_setting_before_a_colon_quote_is_no_report() -> None:
    assert _found('In an interview with a local radio station, Anna Berg said: "It is over."') == [
        (QuoteKind.DIRECT, "It is over.", "Anna Berg")
    ]
    assert _found('Responding to the criticism on Monday, Berg said: "We did nothing wrong."') == [
        (QuoteKind.DIRECT, "We did nothing wrong.", "Berg")
    ]


def test_a_reporting_participle_before_the_subject_still_reports() -> None:
    # Berg notes that the budget had doubled: that clause is reported (cqnews keeps "Noting that" in front of it)
    found = _found('Noting that the budget had doubled since 2019, Berg added: "We cannot go on."')
    reported = [(text, who) for kind, text, who in found if kind is QuoteKind.INDIRECT]
    assert any(text.endswith("the budget had doubled since 2019") and who == "Berg" for text, who in reported)
    assert (QuoteKind.DIRECT, "We cannot go on.", "Berg") in found


def test_a_clause_before_the_subject_without_a_quote_still_reports() -> None:
    assert _found("The plan will work, Berg said.") == [(QuoteKind.INDIRECT, "The plan will work", "Berg")]
