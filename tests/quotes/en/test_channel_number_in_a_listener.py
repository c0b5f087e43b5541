""""told WCIA 3 News her son …": the channel's number is a word of the listener's name, not the report's first word.

The listener after "told" read capitalised words and digits glued to capitals ("9News"), so it ended before "3" and
the report began "3 News her son was …". A number of one or two digits between capitalised words, with no finite
verb right after the next word, is now inside the listener. "told CNN 2 Democrats would vote …" keeps the count in
the report. Made-up sentences in the shape of US local TV copy.
"""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_local_station_with_its_channel_number() -> None:
    assert reported("The victim's mother, Tameka Jones, told WCIA 3 News her son was a good kid.") == [
        "her son was a good kid"
    ]


def test_a_channel_number_then_a_time_before_the_clause() -> None:
    assert reported("Ann Roe told KSL 5 TV on Monday the plan was dead.") == ["the plan was dead"]


def test_a_count_opening_the_clause_after_a_network_is_unchanged() -> None:
    assert reported("Tom Hale told CNN 2 Democrats would vote against the bill.") == [
        "2 Democrats would vote against the bill"
    ]


def test_a_count_after_a_plain_listener_is_unchanged() -> None:
    assert reported("Tom Hale told reporters 3 people had been hurt.") == ["3 people had been hurt"]
