"""A gallery's caption made only of a credit ("Photos: Tom Reyes" under a WordPress gallery block or a Ghost gallery
card) credits every picture of the gallery that has no credit of its own, not only the last picture it follows; a
gallery caption with caption text stays the last picture's alone (tests/images/test_gallery_caption_once.py).
Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import images_around

_A = "https://cdn.example.org/uploads/2026/03/market-stalls-1.jpg"
_B = "https://cdn.example.org/uploads/2026/03/market-stalls-2.jpg"
_C = "https://cdn.example.org/uploads/2026/03/market-stalls-3.jpg"
_SENTENCE = "Traders at the riverside market said on Friday that rents had risen twice in a single year."


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    return images_around(
        figure,
        sentence=_SENTENCE,
        title="Riverside market traders face higher rents",
        url="https://www.example.org/news/2026/03/market-rents/",
    )


def test_wordpress_gallery_credit_goes_to_every_picture() -> None:
    figure = (
        '<figure class="wp-block-gallery has-nested-images columns-3">'
        f'<figure class="wp-block-image"><img src="{_A}"></figure>'
        f'<figure class="wp-block-image"><img src="{_B}"></figure>'
        f'<figure class="wp-block-image"><img src="{_C}"></figure>'
        '<figcaption class="blocks-gallery-caption">Photos: Lena Marsh</figcaption></figure>'
    )
    credit = ["Photos: Lena Marsh"]
    assert _images(figure) == [(_A, None, credit), (_B, None, credit), (_C, None, credit)]


def test_ghost_gallery_credit_goes_to_every_picture() -> None:
    figure = (
        '<figure class="kg-card kg-gallery-card kg-width-wide"><div class="kg-gallery-container">'
        f'<div class="kg-gallery-row"><div class="kg-gallery-image"><img src="{_A}"></div>'
        f'<div class="kg-gallery-image"><img src="{_B}"></div></div></div>'
        "<figcaption>Photo: Lena Marsh/The Riverside Post</figcaption></figure>"
    )
    credit = ["Photo: Lena Marsh/The Riverside Post"]
    assert _images(figure) == [(_A, None, credit), (_B, None, credit)]


def test_a_picture_with_its_own_credit_keeps_it() -> None:
    own = "A fruit seller weighs apples. (Omar Haddad)"
    figure = (
        '<figure class="wp-block-gallery has-nested-images">'
        f'<figure class="wp-block-image"><img src="{_A}"><figcaption>{own}</figcaption></figure>'
        f'<figure class="wp-block-image"><img src="{_B}"></figure>'
        '<figcaption class="blocks-gallery-caption">Photos: Lena Marsh</figcaption></figure>'
    )
    images = _images(figure)
    assert images[0][2] == ["(Omar Haddad)"]
    assert images[1] == (_B, None, ["Photos: Lena Marsh"])


def test_one_picture_with_a_credit_caption_is_no_gallery() -> None:
    figure = f'<figure><img src="{_A}"><figcaption>Photo: Lena Marsh</figcaption></figure>'
    assert _images(figure) == [(_A, None, ["Photo: Lena Marsh"])]


def test_one_picture_in_two_sizes_is_no_gallery() -> None:
    small, large = "https://img.example.org/w100/harbour-view.jpg", "https://img.example.org/w600/harbour-view.jpg"
    figure = f'<figure><img src="{large}"><img src="{small}"><figcaption>Photo: Lena Marsh</figcaption></figure>'
    credited = [src for src, _, credits in _images(figure) if credits]
    assert len(credited) <= 1
