"""A single mark before a year cut to two digits ("in ‘08", "the '90s") is an apostrophe of elision, and
opens no quote: the quote after it opens at its own mark. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_curly_mark_before_a_two_digit_year_opens_no_quote() -> None:
    assert quotes_found("Hale, who moved to Boston in ‘08, said ‘we were happy there.’") == [
        ("direct", "we were happy there.", "Hale")
    ]


def test_a_straight_mark_before_a_decade_opens_no_quote() -> None:
    assert quotes_found("Sales were weak in the '90s, Hale said, adding 'nobody had money.'") == [
        ("indirect", "Sales were weak in the '90s", "Hale"),
        ("direct", "nobody had money.", "Hale"),
    ]


def test_a_year_cut_inside_a_single_quote_does_not_close_it() -> None:
    # British marks: the quote is in single marks, the ’ of ’92 inside it is an apostrophe
    assert quotes_found("Mary Clarke said: ‘The class of ’92 was the best we ever had.’") == [
        ("direct", "The class of ’92 was the best we ever had.", "Mary Clarke")
    ]


def test_a_single_quote_ending_on_a_cut_year_closes_after_it() -> None:
    found = quotes_found("Tom Reed said his favourite memory was ‘Brighton, summer ’85.’ He added: ‘We danced all night.’")
    assert ("direct", "Brighton, summer ’85.", "Tom Reed") in found
    assert ("direct", "We danced all night.", "Tom Reed") in found
