"""A stray ``<source>`` in a paragraph (nineteenth reliability round). libxml2, an HTML 4 parser, takes the HTML5 void
``<source>`` and ``<track>`` for containers: the rest of a paragraph after "Boats <source src=x.mp4>" was nested
inside a media element, which extractors drop (on a page with an <audio> player), and "are moored at the quay …" was lost without a word. Such an
element that holds text or other elements is closed where it stands, its content after it; a picture's chain of
sources and its image is left as libxml2 builds it."""

from __future__ import annotations

from lxml import etree

import cqnews
from cqnews.document import parse_tree
from cqnews.options import ParseOptions

LEDE = "<p>The harbour board approved the winter mooring plan on Tuesday after a long debate, its chair said.</p>"


def test_the_text_after_a_stray_source_is_kept() -> None:
    page = (
        "<html><head><title>Moorings</title></head><body><article><h1>Winter moorings approved</h1>" + LEDE
        + "<p>Listen to the debate <audio controls><source src='/debate.mp3'></audio> and the vote after it.</p>"
        + "<p>Boats <source src='/clip.mp4'> are moored <b>at</b> the quay for the winter, the harbour master said.</p>"
        + LEDE.replace("Tuesday", "Monday") + "</article></body></html>"
    )
    article = cqnews.parse(page, url="https://harbour.example/news/moorings")
    assert "Boats are moored at the quay for the winter, the harbour master said." in [b.text for b in article.body]


def test_a_picture_keeps_its_chain() -> None:
    root = parse_tree(
        "<html><body><picture><source srcset='a.webp'><source srcset='a.avif'><img src='a.jpg'></picture>"
        "<p>Quay</p></body></html>",
        ParseOptions(),
    )
    body = etree.tostring(root.find("body")).decode()
    assert '<source srcset="a.webp"><source srcset="a.avif"><img src="a.jpg"/></source></source>' in body


def test_a_video_fallback_comes_out_of_its_sources() -> None:
    root = parse_tree(
        "<html><body><video><source src='a.mp4'><track src='a.vtt'><p>Fallback</p></video><p>After</p></body></html>",
        ParseOptions(),
    )
    assert etree.tostring(root.find("body/video")).decode().startswith('<video><source src="a.mp4"/><track src="a.vtt"/><p>')
