"""A title with its body set before a full name in apposition ("The Chairman of the Senate, Ada Obi, said") names
no one by itself: the full name after it speaks, not a person called "Chairman". Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_title_of_the_body_before_the_name() -> None:
    assert speakers_in("The Chairman of the Senate, Tunde Oyelaran, said the bill would pass.", language="en") == [
        "Tunde Oyelaran"
    ]


def test_an_honorific_before_the_name() -> None:
    text = "The Speaker of the House, Rt. Hon. Bisi Adekunle, assured that members would sit on Monday."
    assert speakers_in(text, language="en") == ["Bisi Adekunle"]
