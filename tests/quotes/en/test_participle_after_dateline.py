"""A participle of speech in a block's first sentence after a dateline ("CITY, Mon. D (Agency) — …"): its speaker is
the subject after the dateline, not the place or the month's short form. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import who_speaks


def test_report_suggesting_after_a_dateline_with_a_short_month() -> None:
    text = "NAIROBI, Jan. 8 (Xinhua) — The minister dismissed a report suggesting the tender had been rigged."
    assert who_speaks(text) == ["The minister"]


def test_report_suggesting_after_a_dateline_with_a_full_month() -> None:
    text = "ACCRA, September 14 (Reuters) — The chief justice rejected a claim suggesting the judges had been bribed."
    assert who_speaks(text) == ["The chief justice"]


def test_a_dateline_leaves_the_plain_cue_as_it_was() -> None:
    text = "LAGOS, Nigeria, Oct. 3 — The governor said schools would reopen on Monday."
    assert who_speaks(text) == ["The governor"]
