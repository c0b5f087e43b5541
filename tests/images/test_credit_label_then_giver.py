"""A verb of giving and "by" after a photo label ("Photo: Supplied by Lakeside Council", "Image: Submitted by Anna
Roe") is no part of the giver's name: the label and the verb are both keywords of the credit (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers plant willows. Photo: Supplied by Lakeside Council", [(None, "Lakeside Council")]),
        ("Volunteers plant willows. (Photo: provided by the Harbour Trust)", [(None, "the Harbour Trust")]),
        ("Volunteers plant willows. Image: Submitted by Anna Roe", [("Anna Roe", None)]),
    ],
)
def test_giver_after_the_label(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Volunteers plant willows."
    assert [(c.name, c.organization) for c in credits] == expected


def test_a_sentence_opening_with_the_verb_stays_caption_text() -> None:
    text = "Submitted by readers, the photos show the flood."
    assert split_photo_credit(text) == (text, [])
