"""A photo word before the copyright sign opens the credit ("… bridge. Photo © Anna Roe", "(Photo ©2024 Anna Roe)",
"(Satellite image © Maxar Technologies)"); before, the credit began at the sign and the photo word (with the bracket's
opening) stayed at the caption's end (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "expected", "raw"),
    [
        ("The damaged bridge. Photo © Anna Roe", [("Anna Roe", None)], "Photo © Anna Roe"),
        ("The damaged bridge. (Photo ©2024 Anna Roe)", [("Anna Roe", None)], "(Photo ©2024 Anna Roe)"),
        (
            "The damaged bridge. (Satellite image © Maxar Technologies)",
            [(None, "Maxar Technologies")],
            "(Satellite image © Maxar Technologies)",
        ),
    ],
)
def test_the_photo_word_opens_the_credit(text: str, expected: list[tuple[str | None, str | None]], raw: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "The damaged bridge."
    assert [(c.name, c.organization) for c in credits] == expected
    assert {c.raw for c in credits} == {raw}


def test_a_photo_word_inside_the_sentence_stays_caption_text() -> None:
    caption, credits = split_photo_credit("The damaged bridge in the photo © Anna Roe")
    assert caption == "The damaged bridge in the photo"
    assert [c.name for c in credits] == ["Anna Roe"]
