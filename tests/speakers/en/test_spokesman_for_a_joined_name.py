"""An unnamed spokesman for a body whose name is joined by "and" ("a spokesman for the Fire and Rescue
Service said") is unnamed, the whole body his role's complement; the words after "and" are no speaker's
name. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_spokesman_for_a_name_joined_by_and_stays_unnamed() -> None:
    assert speakers_in(
        "A spokesman for the Coastal Fire and Rescue Service said the search would resume at dawn.", language="en"
    ) == [None]


def test_the_same_after_the_report() -> None:
    assert speakers_in(
        "The search would resume at dawn, a spokeswoman for the Coastal Fire and Rescue Service said.",
        language="en",
    ) == [None]
