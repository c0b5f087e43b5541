"""Pictures and captions on layouts real sites use."""

from __future__ import annotations

import cqnews

_TEXT = (
    "Die Stadt hat am Montag neue Pläne für den Umbau des Bahnhofs vorgestellt, die viele Anwohner "
    "überraschten und im Rat für lange Debatten sorgten. "
)


def _page(media: str, before: str = "") -> str:
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne</title></head><body>'
        f"{before}<article><h1>Neue Pläne für den Bahnhof</h1>{media}"
        f"<p>{_TEXT * 3}</p><p>{_TEXT * 3}</p><p>{_TEXT * 2}</p></article></body></html>"
    )


def test_a_caption_written_twice_for_mobile_and_desktop_is_one_caption() -> None:
    copy = (
        '<span class="caption-text">Der Bahnhof am Montag</span> '
        '<span class="caption-credit">Foto: Anna Roe</span>'
    )
    media = (
        '<figure><img src="https://example.de/bilder/bahnhof.jpg" alt="">'
        f'<figcaption><span class="text--mobile">{copy}</span><span class="text--desktop">{copy}</span>'
        "</figcaption></figure>"
    )
    (image,) = cqnews.parse(_page(media)).images
    assert image.caption == "Der Bahnhof am Montag"
    assert [c.name for c in image.credits] == ["Anna Roe"]


def test_a_gallery_right_after_the_article_element_holds_its_pictures() -> None:
    figure = (
        '<figure><img src="https://example.de/bilder/halle-{n}.jpg" alt="">'
        "<figcaption>Die Halle von {side} <span class=\"credit\">Foto: Anna Roe</span></figcaption></figure>"
    )
    gallery = figure.format(n=1, side="oben") + figure.format(n=2, side="unten")
    body = f'<div class="article-body"><p>{_TEXT * 3}</p><p>{_TEXT * 3}</p><p>{_TEXT * 2}</p></div>'
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>Neue Pläne</title></head><body><main>'
        f'<article><h1>Neue Pläne für den Bahnhof</h1>{body}</article><div class="gallery">{gallery}</div>'
        "</main><footer><p>Impressum</p></footer></body></html>"
    )
    images = cqnews.parse(page).images
    assert [(image.caption, [c.name for c in image.credits]) for image in images] == [
        ("Die Halle von oben", ["Anna Roe"]),
        ("Die Halle von unten", ["Anna Roe"]),
    ]
    # teaser cards of other stories in a carousel after the article are not its pictures
    teasers = (
        '<div class="carousel"><a href="/andere-geschichte"><figure><img src="https://example.de/bilder/t.jpg" '
        'alt=""><figcaption>Eine andere Geschichte</figcaption></figure></a></div>'
    )
    page = page.replace(f'<div class="gallery">{gallery}</div>', teasers)
    assert cqnews.parse(page).images == []
