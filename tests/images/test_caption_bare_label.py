"""A credit label left alone at the end of a caption, its credit marked apart after it, is no caption text."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images


@pytest.mark.parametrize(
    ("caption", "credit", "expected", "names"),
    [
        ("Riders wait at the new tram stop on Monday. ©", "Anna Roe / Reuters", "Riders wait at the new tram stop on Monday.",
         [("Anna Roe", "Reuters")]),
        ("Die Halle am Montagmorgen. Foto:", "Jan Roe/dpa", "Die Halle am Montagmorgen.", [("Jan Roe", "dpa")]),
    ],
)
def test_a_bare_label_before_a_credit_marked_apart_goes(
    caption: str, credit: str, expected: str, names: list[tuple[str | None, str | None]]
) -> None:
    [image] = build_images([ImageDraft(src="https://example.org/p.jpg", caption=caption, credit=credit)])
    assert image.caption == expected
    assert [(c.name, c.organization) for c in image.credits] == names


def test_a_label_word_inside_the_caption_stays() -> None:
    text = "Visitors look at a photo: the old harbour in 1920"
    [image] = build_images([ImageDraft(src="https://example.org/p.jpg", caption=text, credit="Anna Roe")])
    assert image.caption == text
