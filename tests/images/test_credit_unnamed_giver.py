"""A credit that describes who gave the picture in a short lower-case phrase after an article ("Photo: a reader",
"Photo: a local resident", "Photo: an onlooker") names no one and no organisation ("the family" points at a giver
the story knows and stays, test_credit_label_before_non_giver.py); a bracketed "(Archive)" after a
caption is a note on the picture, as "(Archives)" and "(File)" are, not an organisation (made-up figures)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import IMG, LEDE, article_around

_SENTENCE = "Flood water covers the lane behind the school on Monday."


def _images(caption_html: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    figure = f"<figure>{IMG}<figcaption>{caption_html}</figcaption></figure>"
    article = article_around(
        figure, lede=LEDE, title="Floods in the valley", url="https://www.example.com/news/floods-1.html"
    )
    return [(image.caption, [(c.name, c.organization) for c in image.credits]) for image in article.images]


@pytest.mark.parametrize("giver", ["a reader", "a local resident", "an onlooker", "a neighbour", "a passer-by"])
def test_a_described_giver_is_no_organisation(giver: str) -> None:
    assert _images(f"{_SENTENCE} Photo: {giver}") == [(_SENTENCE, [(None, None)])]


def test_archive_in_brackets_is_no_organisation() -> None:
    assert _images(f"{_SENTENCE} (Archive)") == [(f"{_SENTENCE} (Archive)", [])]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("Photo: Anna Roe", ("Anna Roe", None)), ("Photo: Valley Times", (None, "Valley Times"))],
)
def test_a_named_giver_stays(credit: str, expected: tuple[str | None, str | None]) -> None:
    assert _images(f"{_SENTENCE} {credit}") == [(_SENTENCE, [expected])]
