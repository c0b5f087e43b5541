"""A caption that is only a credit chain naming an agency is a credit, not a caption."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = (
    "Die Stadt hat am Montag neue Pläne für den Umbau des Bahnhofs vorgestellt, die viele Anwohner "
    "überraschten und im Rat für lange Debatten sorgten. "
)


def _image(caption: str) -> cqnews.Image:
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne</title></head><body><article>'
        '<h1>Neue Pläne für den Bahnhof</h1><figure><img src="https://example.de/bilder/bahnhof.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
        f"<p>{_TEXT * 3}</p><p>{_TEXT * 3}</p><p>{_TEXT * 2}</p></article></body></html>"
    )
    (image,) = cqnews.parse(page).images
    return image


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        ("Anna Roe/dpa", [("Anna Roe", "dpa")]),
        ("Reuters/Anna Roe", [("Anna Roe", "Reuters")]),
        ("Anna Roe/AFP via Getty Images", [("Anna Roe", "AFP"), (None, "Getty Images")]),
        ("picture alliance / dpa | Anna Roe", [("Anna Roe", "picture alliance"), (None, "dpa")]),
    ],
)
def test_a_credit_chain_alone_is_a_credit(caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    image = _image(caption)
    assert image.caption is None
    assert [(c.name, c.organization) for c in image.credits] == credits
    # a chain of places names no agency: it stays a caption
    image = _image("Paris/Berlin")
    assert image.caption == "Paris/Berlin"
    assert image.credits == []


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        ("PTI", [(None, "PTI")]),
        ("Agência Brasil", [(None, "Agência Brasil")]),
        ("Anna Roe/Hollandse Hoogte", [("Anna Roe", "Hollandse Hoogte")]),
        ("Anna Roe/Pixsell", [("Anna Roe", "Pixsell")]),
    ],
)
def test_agencies_of_more_countries_are_credits(caption: str, credits: list[tuple[str | None, str | None]]) -> None:
    image = _image(caption)
    assert image.caption is None
    assert [(c.name, c.organization) for c in image.credits] == credits
