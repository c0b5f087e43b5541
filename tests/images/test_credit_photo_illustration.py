""""Photo illustration by X" (a composed picture, US papers' label) credits the picture like "Photo by X" (made-up
captions)."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


def test_photo_illustration_after_the_caption() -> None:
    assert _typed("A drone over the harbour at night. Photo illustration by Anna Roe") == (
        "A drone over the harbour at night.",
        [("Anna Roe", None)],
    )


def test_photo_illustration_label_alone() -> None:
    assert _typed("Photo illustration: Anna Roe/The Daily Post") == (None, [("Anna Roe", "The Daily Post")])


def test_photo_illustration_in_a_sentence_stays_caption() -> None:
    text = "The photo illustration by the team shows the harbour at night."
    assert _typed(text) == (text, [])
