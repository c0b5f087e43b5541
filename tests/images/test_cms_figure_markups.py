"""The figure markups content systems emit, one made-up article each: Drupal fields and media, Ghost cards,
Squarespace blocks (a lazy copy and its <noscript> twin), Blogger caption tables, Joomla, Arc XP and Brightspot
figures, Bootstrap carousels, AMP images, lazy loaders (data-src, data-lazy-src, data-srcset, srcset only,
<picture><source>), WordPress captions and credit spans. Caption and credits are written from each page."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figure_images

_SRC = "https://www.example.de/img/rat-1200.jpg"
_CAP = "Die Ratsmitglieder stimmen am Montag über die Sanierung ab."
_GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

_LAYOUTS: dict[str, tuple[str, str, list[str]]] = {
    "drupal fields": (
        f'<div class="field field--name-field-image field--type-image"><div class="field__item"><img src="{_SRC}">'
        '</div></div><div class="field field--name-field-image-caption"><div class="field__item">'
        f"{_CAP}</div></div>",
        _CAP,
        [],
    ),
    "drupal media": (
        f'<div class="media media--type-image"><div class="field field--name-field-media-image"><img src="{_SRC}">'
        f'</div><div class="field field--name-field-caption">{_CAP}</div>'
        '<div class="field field--name-field-credit">Foto: Karl Lenz</div></div>',
        _CAP,
        ["Foto: Karl Lenz"],
    ),
    "ghost card": (
        f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{_SRC}" class="kg-image" '
        f'loading="lazy"><figcaption>{_CAP} <span>Photo by Karl Lenz</span></figcaption></figure>',
        _CAP,
        ["Photo by Karl Lenz"],
    ),
    "squarespace block": (
        '<div class="sqs-block image-block"><figure class="sqs-block-image-figure"><div class="image-block-wrapper">'
        f'<noscript><img src="{_SRC}"></noscript><img class="thumb-image" data-src="{_SRC}" data-image="{_SRC}">'
        f'</div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>{_CAP}</p></div>'
        "</figcaption></figure></div>",
        _CAP,
        [],
    ),
    "blogger table": (
        f'<table class="tr-caption-container"><tbody><tr><td><a href="{_SRC}"><img src="{_SRC}"></a></td></tr>'
        f'<tr><td class="tr-caption">{_CAP} Foto: Karl Lenz</td></tr></tbody></table>',
        _CAP,
        ["Foto: Karl Lenz"],
    ),
    "joomla item image": (
        f'<figure class="left item-image"><img src="{_SRC}" itemprop="image">'
        f'<figcaption class="caption">{_CAP}</figcaption></figure>',
        _CAP,
        [],
    ),
    "arc figure": (
        f'<figure class="c-media-item"><img class="c-image" src="{_SRC}"><figcaption>'
        f'<span class="c-media-item__caption">{_CAP}</span> '
        '<span class="c-media-item__credit">(Karl Lenz/Stadtanzeiger)</span></figcaption></figure>',
        _CAP,
        ["(Karl Lenz/Stadtanzeiger)"],
    ),
    "brightspot figure": (
        f'<figure class="Figure"><div class="Figure-image"><picture><source type="image/webp" srcset="{_SRC}">'
        f'<img class="Image" src="{_SRC}"></picture></div><div class="Figure-content"><div class="Figure-caption">'
        f'<p>{_CAP}</p></div><div class="Figure-credit">Karl Lenz/Stadtanzeiger</div></div></figure>',
        _CAP,
        ["Karl Lenz/Stadtanzeiger"],
    ),
    "bootstrap carousel": (
        f'<div class="carousel slide"><div class="carousel-inner"><div class="carousel-item active">'
        f'<img class="d-block w-100" src="{_SRC}"><div class="carousel-caption"><p>{_CAP}</p></div></div></div></div>',
        _CAP,
        [],
    ),
    "amp image": (
        f'<figure><amp-img src="{_SRC}" width="1200" height="800" layout="responsive"></amp-img>'
        f"<figcaption>{_CAP} (AP Photo/Karl Lenz)</figcaption></figure>",
        _CAP,
        ["(AP Photo/Karl Lenz)"],
    ),
    "data-src": (
        f'<figure><img src="{_GIF}" data-src="{_SRC}" class="lazyload"><figcaption>{_CAP} REUTERS/Karl Lenz'
        "</figcaption></figure>",
        _CAP,
        ["REUTERS/Karl Lenz"],
    ),
    "data-lazy-src": (
        f'<figure class="wp-block-image"><img src="{_GIF}" data-lazy-src="{_SRC}"><noscript><img src="{_SRC}">'
        f"</noscript><figcaption>{_CAP} © Karl Lenz</figcaption></figure>",
        _CAP,
        ["© Karl Lenz"],
    ),
    "srcset only": (
        f'<figure><img srcset="https://www.example.de/img/rat-600.jpg 600w, {_SRC} 1200w">'
        f"<figcaption>{_CAP} Foto: Karl Lenz/dpa</figcaption></figure>",
        _CAP,
        ["Foto: Karl Lenz/dpa"],
    ),
    "wordpress caption": (
        f'<div class="wp-caption aligncenter"><img class="size-large" src="{_SRC}">'
        f'<p class="wp-caption-text">{_CAP} Foto: Karl Lenz</p></div>',
        _CAP,
        ["Foto: Karl Lenz"],
    ),
    "credit span in the caption": (
        f'<figure><img src="{_SRC}"><figcaption>{_CAP} <span class="credit">Karl Lenz/Stadtanzeiger</span>'
        "</figcaption></figure>",
        _CAP,
        ["Karl Lenz/Stadtanzeiger"],
    ),
}


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_caption_and_credit_of_each_layout(layout: str) -> None:
    figure, caption, credits = _LAYOUTS[layout]
    assert figure_images(figure) == [(caption, credits)]
