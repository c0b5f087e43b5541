"""A figure whose caption is a plain text element rather than a <figcaption> (cqnews.extract.image_siblings)."""

from __future__ import annotations

import lxml.html

from cqnews.extract.images import find_images

BASE = "https://news.example.com/2024/05/16/story.html"


def _drafts(figure: str) -> list[tuple[str | None, str | None]]:
    root = lxml.html.fromstring(f"<html><body><article><p>First paragraph.</p>{figure}<p>More.</p></article></body></html>")
    return [(d.caption, d.credit) for d in find_images(root, BASE)]


def test_a_paragraph_in_a_figure_is_its_caption_even_after_a_credit_was_found() -> None:
    figure = """<figure class="image"><img src="/f/a.jpg"><p>Ferry passengers wait at the pier.</p>
        <p class="credit">Ana Ruiz for The Daily</p></figure>"""
    assert _drafts(figure) == [("Ferry passengers wait at the pier.", "Ana Ruiz for The Daily")]


def test_a_definition_list_with_the_picture_as_its_term() -> None:
    figure = """<dl class="pic"><dt><img src="/f/b.jpg" width="800" height="500"></dt>
        <dd>Ferry passengers wait at the pier.</dd></dl>"""
    assert _drafts(figure) == [("Ferry passengers wait at the pier.", None)]


def test_a_glossary_is_no_figure() -> None:
    # the picture is a definition, not the term: the next definition is no caption of it
    figure = """<dl><dt>Pier</dt><dd><img src="/f/c.jpg" width="800" height="500"></dd>
        <dd>A structure built out into the water.</dd></dl>"""
    assert _drafts(figure) == [(None, None)]
