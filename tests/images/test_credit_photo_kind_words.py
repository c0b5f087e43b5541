"""The kind of picture before the photo word of a credit ("Staff photo by Anna Roe", "Submitted photo: Anna Roe",
"File photo by …"), as US and Canadian local papers write it: the credit is split from the caption and the
kind word is no part of the name (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("The team after the final. Staff photo by Anna Roe", [("Anna Roe", None)]),
        ("The team after the final. Submitted photo: Anna Roe", [("Anna Roe", None)]),
        ("The team after the final. Contributed photo by Anna Roe", [("Anna Roe", None)]),
        ("The team after the final. File photo by Anna Roe/The Daily Post", [("Anna Roe", "The Daily Post")]),
    ],
)
def test_kind_word_before_photo_after_the_caption(text: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _typed(text) == ("The team after the final.", credits)


def test_kind_word_credit_alone() -> None:
    assert _typed("Staff photo by Anna Roe") == (None, [("Anna Roe", None)])


def test_staff_photo_in_a_sentence_stays_caption() -> None:
    text = "Our staff photo by the lake was taken in June."
    assert _typed(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    ["Staff photos from the annual picnic at the lake.", "Submitted photo via the school: the old ferry at dawn."],
)
def test_kind_word_photos_from_or_via_stay_caption(text: str) -> None:
    assert _typed(text) == (text, [])  # what the pictures show, or how they came: no one credited


def test_kind_word_photo_courtesy_of_is_a_credit() -> None:
    assert _typed("Submitted photo courtesy of Anna Roe") == (None, [("Anna Roe", None)])
