"""Pictures and captions on layouts real sites use (session 28)."""

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
