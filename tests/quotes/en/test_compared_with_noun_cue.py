"""A cue form in -s that closes a sentence after a phrase of comparison is a plural noun, not a verb ("…, beating
analyst estimates.", "…, in line with market estimates."): no report; a subject before it still reports ("…,
officials estimate.", "…, the statistics office reports.")."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _reported(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "en")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in quotes
        if q.kind is QuoteKind.INDIRECT
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Turnover rose 9% to $2.3 billion in the half year, beating analyst estimates.",
        "Ticket sales were flat at 1.4 million, in line with market estimates.",
        "Core inflation eased to 2.8% in April, below economists' estimates.",
    ],
)
def test_a_noun_after_a_phrase_of_comparison_is_no_cue(text: str) -> None:
    assert _reported(text) == []


def test_a_subject_before_the_closing_cue_still_reports() -> None:
    assert _reported("The jobless rate rose to 6.1%, the statistics bureau reports.") == [
        ("The jobless rate rose to 6.1%", "the statistics bureau", None)
    ]
