"""A credit element standing apart from the caption, named for the picture's rights or source in other
languages: made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = "".join(
    f"<p>Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und Beschlüsse gefasst, Teil {i}. "
    "Die Opposition kritisierte die Pläne der Verwaltung scharf.</p>"
    for i in range(6)
)
_IMG = "<img src='https://example.de/img/rathaus.jpg' width='1200' height='800' alt='Rathaus'>"


def _images(box: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    html = (
        "<html lang='de'><head><title>Stadtrat berät Haushalt</title></head><body><main><article>"
        f"<h1>Stadtrat berät Haushalt</h1>{_TEXT[:200]}<div class='image'>{_IMG}{box}</div>"
        f"{_TEXT}</article></main></body></html>"
    )
    article = cqnews.parse(html, url="https://example.de/politik/stadtrat-haushalt-123.html")
    return [(i.caption, [(c.name, c.organization) for c in i.credits]) for i in article.images]


@pytest.mark.parametrize("cls", ["image-rights", "bildnachweis", "foto-urheber", "fotograf", "bildquelle"])
def test_a_credit_element_after_the_caption_named_for_the_pictures_rights_or_source_is_its_credit(cls: str) -> None:
    box = f"<p class='image-caption'>Das Rathaus am Dienstag.</p><p class='{cls}'>Anna Roe/dpa</p>"
    assert _images(box) == [("Das Rathaus am Dienstag.", [("Anna Roe", "dpa")])]


def test_an_element_of_another_class_after_the_caption_is_no_credit_element() -> None:
    box = "<p class='image-caption'>Das Rathaus am Dienstag.</p><p class='image-note'>Anna Roe/dpa</p>"
    # the class makes no credit element: the element stays a body line, and that line, only a credit chain right
    # under the picture, is then read as its credit by its text (Session 60; test_credit_chain_line_under_picture.py)
    assert _images(box) == [("Das Rathaus am Dienstag.", [("Anna Roe", "dpa")])]

