"""A caption's control labels in other languages ("Vis mer", "Bild vergrößern"): made-up pages."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = "<p>" + "The council said on Monday that the new bridge over the river would open next spring. " * 3 + "</p>"


def _page(figure: str) -> str:
    return f"<html><body><article><h1>Bridge opens</h1>{_TEXT}{figure}{_TEXT}{_TEXT}</article></body></html>"


@pytest.mark.parametrize(
    ("caption", "label", "expected"),
    [
        ("BRUA: Den nye brua ved elva. Foto: Anna Roe", "Vis mer", "Anna Roe"),
        ("Die neue Brücke am Fluss. Foto: Anna Roe", "Bild vergrößern", "Anna Roe"),
        ("Le nouveau pont sur la rivière. Photo : Jean Roe", "Voir plus", "Jean Roe"),
    ],
)
def test_a_control_label_is_neither_caption_nor_credit(caption: str, label: str, expected: str) -> None:
    figure = (
        f'<figure><img src="https://example.com/img/bridge-river.jpg"><figcaption>{caption} '
        f'<span class="toggle">{label}</span></figcaption></figure>'
    )
    article = cqnews.parse(_page(figure), url="https://example.com/news/bridge")
    image = article.images[0]
    assert image.caption is not None and label not in image.caption
    assert [c.name for c in image.credits] == [expected]
    assert all(label not in (c.raw or "") for c in image.credits)
