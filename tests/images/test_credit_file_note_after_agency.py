"""An agency's file form without the taker's name closing a caption ("REUTERS/File Photo", "AFP/File"): the note
names no one and the agency is the credit, as in the longer "REUTERS/Anna Roe/File Photo". A person's name before
the note alone stays caption text (it may be the caption's words). Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "Ferries wait at the pier as fog lifts over the bay on Sunday."


@pytest.mark.parametrize(("note", "agency"), [("REUTERS/File Photo", "Reuters"), ("AFP/File", "AFP")])
def test_an_agency_before_a_file_note_is_the_credit(note: str, agency: str) -> None:
    caption, credits = split_photo_credit(f"{_CAPTION} {note}")
    assert caption == _CAPTION
    assert [(c.name, c.organization, c.raw) for c in credits] == [(None, agency, note)]


def test_a_name_before_a_file_note_alone_stays_caption_text() -> None:
    text = f"{_CAPTION} Tom Lind/File Photo"
    assert split_photo_credit(text) == (text, [])
