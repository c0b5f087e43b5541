"""A cue form in -s that closes a sentence after a phrase of comparison is a plural noun, not a verb ("…, beating
analyst estimates.", "…, in line with market estimates."): no report; a subject before it still reports ("…,
officials estimate.", "…, the statistics office reports.")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported_said


@pytest.mark.parametrize(
    "text",
    [
        "Turnover rose 9% to $2.3 billion in the half year, beating analyst estimates.",
        "Ticket sales were flat at 1.4 million, in line with market estimates.",
        "Core inflation eased to 2.8% in April, below economists' estimates.",
    ],
)
def test_a_noun_after_a_phrase_of_comparison_is_no_cue(text: str) -> None:
    assert reported_said(text) == []


def test_a_subject_before_the_closing_cue_still_reports() -> None:
    assert reported_said("The jobless rate rose to 6.1%, the statistics bureau reports.") == [
        ("The jobless rate rose to 6.1%", "the statistics bureau", None)
    ]
