"""Photo credits a page declares in JSON-LD for a picture it shows.

A picture declared twice, with its credit in JSON-LD and bare as ``og:image``, keeps the credit.

Credits a page declares in JSON-LD for a picture it shows.
"""

from __future__ import annotations

import json
from typing import Any

import cqnews

_TEXT = "Die Stadt hat am Montag neue Pläne für den Umbau des Bahnhofs vorgestellt, die viele Anwohner überraschten. "


def test_an_og_image_crop_without_credit_does_not_hide_the_json_ld_credit() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Neue Pläne",
        "image": {
            "@type": "ImageObject",
            "url": "https://example.de/bilder/1200x675/bahnhof-am-montag.jpg",
            "copyrightHolder": {"@type": "Organization", "name": "Anna Roe/dpa"},
        },
    }
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne</title>'
        '<meta property="og:image" content="https://example.de/bilder/1200x630/bahnhof-am-montag.jpg">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
        "<h1>Neue Pläne für den Bahnhof</h1>"
        '<figure><img src="https://example.de/bilder/800x450/bahnhof-am-montag.jpg" alt=""></figure>'
        f"<p>{_TEXT * 4}</p><p>{_TEXT * 3}</p></article></body></html>"
    )
    (image,) = cqnews.parse(page).images
    assert [(c.name, c.organization) for c in image.credits] == [("Anna Roe", "dpa")]


_SRC = "https://example.de/bilder/bahnhof.jpg"


def _credits(image: dict[str, Any]) -> list[tuple[str | None, str | None]]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Neue Pläne", "image": image}
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne</title>'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body><article>'
        f'<h1>Neue Pläne für den Bahnhof</h1><img src="{_SRC}" alt="">'
        f"<p>{_TEXT * 4}</p><p>{_TEXT * 3}</p></article></body></html>"
    )
    (shown,) = cqnews.parse(page).images
    return [(c.name, c.organization) for c in shown.credits]


def test_the_declared_photographer_and_rights_holder_are_both_credited() -> None:
    image = {"@type": "ImageObject", "url": _SRC, "caption": "Der Bahnhof", "author": "Anna Roe", "copyrightHolder": "dpa"}
    assert _credits(image) == [("Anna Roe", "dpa")]
    # the holder already in the author's credit is said once
    image = {"@type": "ImageObject", "url": _SRC, "author": "Anna Roe/dpa", "copyrightHolder": "dpa"}
    assert _credits(image) == [("Anna Roe", "dpa")]


def test_a_copyright_notice_credits_a_picture_declared_with_nothing_else() -> None:
    image = {"@type": "ImageObject", "url": _SRC, "caption": "Der Bahnhof", "copyrightNotice": "© Anna Roe"}
    assert _credits(image) == [("Anna Roe", None)]
