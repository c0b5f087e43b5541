"""A figure whose picture is drawn as a box's background (``<figure><div class="img" style="background-image:
url(…)"></div><figcaption>…</figcaption></figure>``, themes that crop a picture so) holds an article picture: the
box's address is its source and the figcaption its caption. A background in a figure that also holds an ``<img>``,
or a box with text in it, is decoration, no second picture. Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import images_around

_SRC = "https://cdn.example.net/uploads/2026/05/harbour-crane.jpg"
_CAPTION = "Dock workers load containers at the harbour on Tuesday morning."
_SENTENCE = "The port authority said on Tuesday that the new quay would open next spring after two years."


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    return images_around(
        figure,
        sentence=_SENTENCE,
        title="Harbour quay to open next spring",
        url="https://news.example.net/2026/05/12/harbour/",
    )


def test_background_box_is_the_figures_picture() -> None:
    figure = (
        f'<figure class="post-media"><div class="img" style="background-image: url(\'{_SRC}\');"></div>'
        f"<figcaption>{_CAPTION} Photo: Tom Reyes</figcaption></figure>"
    )
    assert _images(figure) == [(_SRC, _CAPTION, ["Photo: Tom Reyes"])]


def test_background_beside_an_img_is_no_second_picture() -> None:
    figure = (
        '<figure><div class="shade" style="background-image:url(https://cdn.example.net/static/shade.png)"></div>'
        f'<img src="{_SRC}"><figcaption>{_CAPTION}</figcaption></figure>'
    )
    assert _images(figure) == [(_SRC, _CAPTION, [])]


def test_box_with_text_is_no_picture() -> None:
    figure = (
        f'<figure><div style="background:url({_SRC})">Quote of the day</div>'
        f"<figcaption>{_CAPTION}</figcaption></figure>"
    )
    assert _images(figure) == []
