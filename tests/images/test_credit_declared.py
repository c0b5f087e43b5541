"""A picture declared twice, with its credit in JSON-LD and bare as ``og:image``, keeps the credit."""

from __future__ import annotations

import json

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
