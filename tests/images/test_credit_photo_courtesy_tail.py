""""Photo courtesy of X" (and "Image courtesy of", "Photos courtesy") closing a caption is its credit, as the same
label opening a credit already was (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("The old ferry at the pier in 1962. Photo courtesy of the Roe family", "Photo courtesy of the Roe family"),
        ("The old ferry at the pier in 1962. Image courtesy of NASA", "Image courtesy of NASA"),
        ("The old ferry at the pier in 1962. Photos courtesy Anna Roe", "Photos courtesy Anna Roe"),
    ],
)
def test_courtesy_label_after_the_caption(text: str, credit: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "The old ferry at the pier in 1962."
    assert {c.raw for c in credits} == {credit}


def test_courtesy_inside_the_sentence_stays_caption() -> None:
    text = "The photo courtesy of a neighbour helped the police find the car."
    assert split_photo_credit(text) == (text, [])
