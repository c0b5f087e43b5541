"""One caption under several pictures of one figure (Ghost's gallery card; a WordPress gallery block's own caption)
goes to the picture it follows, the last, once: not copied to every picture, not moved to the first (docs/captions.md,
"Structure, not publisher names, decides"). The pictures' own captions stay theirs. Made-up pages."""

from __future__ import annotations

from tests.figure_helpers import images_around

_A = "https://cdn.example.net/content/images/2026/05/quay-1.jpg"
_B = "https://cdn.example.net/content/images/2026/05/quay-2.jpg"
_CAPTION = "Dock workers load containers at the harbour on Tuesday morning."
_SENTENCE = "The port authority said on Tuesday that the new quay would open next spring after two years."


def _images(figure: str) -> list[tuple[str | None, str | None, list[str]]]:
    return images_around(
        figure,
        sentence=_SENTENCE,
        title="Harbour quay to open next spring",
        url="https://news.example.net/2026/05/12/harbour/",
    )


def test_ghost_gallery_caption_goes_to_the_last_picture() -> None:
    figure = (
        '<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container">'
        f'<div class="kg-gallery-row"><div class="kg-gallery-image"><img src="{_A}"></div>'
        f'<div class="kg-gallery-image"><img src="{_B}"></div></div></div>'
        f"<figcaption>{_CAPTION} Photos: Tom Reyes</figcaption></figure>"
    )
    assert _images(figure) == [(_A, None, []), (_B, _CAPTION, ["Photos: Tom Reyes"])]


def test_wordpress_gallery_caption_after_the_pictures_own() -> None:
    other = "A crane lifts a container onto the quay at sunrise."
    figure = (
        '<figure class="wp-block-gallery has-nested-images">'
        f'<figure class="wp-block-image"><img src="{_A}"><figcaption>{_CAPTION}</figcaption></figure>'
        f'<figure class="wp-block-image"><img src="{_B}"><figcaption>{other}</figcaption></figure>'
        '<figcaption class="blocks-gallery-caption">Photos: Tom Reyes</figcaption></figure>'
    )
    # a gallery caption that is a credit alone credits every picture (tests/images/test_gallery_credit_only.py)
    assert _images(figure) == [(_A, _CAPTION, ["Photos: Tom Reyes"]), (_B, other, ["Photos: Tom Reyes"])]
