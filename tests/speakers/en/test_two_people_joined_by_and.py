"""Two people named in full and joined by "and" at the head of their clause ("Tom Hale and Ann Roe said")
speak together: the speaker is both names, not the second alone; a name after a verb ("Experts met Tom Hale
and Ann Roe said …") opens no such pair. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_a_pair_before_the_cue() -> None:
    assert speakers_in("Tom Hale and Ann Roe said the search would resume at dawn.", language="en") == [
        "Tom Hale and Ann Roe"
    ]


def test_a_pair_after_the_quote() -> None:
    assert speakers_in("“We will resume at dawn,” Tom Hale and Ann Roe said.", language="en") == [
        "Tom Hale and Ann Roe"
    ]


def test_a_name_after_a_verb_opens_no_pair() -> None:
    assert speakers_in("Divers who met Tom Hale and Ann Roe said the search would resume.", language="en") != [
        "Tom Hale and Ann Roe"
    ]
