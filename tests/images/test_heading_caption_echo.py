"""A heading block right after a picture that repeats the picture's caption is that caption and leaves the body
(``<img><h6 class="caption">…</h6>``); a heading equal to a caption elsewhere in the body stays. A small heading
alone after the picture in its own small wrapper is the caption; with a sentence after it there it opens a
section (made-up HTML)."""

from __future__ import annotations

import cqnews
from cqnews.draft import ImageDraft
from cqnews.enrich.captions import drop_caption_echoes
from cqnews.models import Block, BlockKind

FIRST = "<p>The council met on Tuesday to discuss the new budget for the coming year and argued for hours.</p>"
SECOND = "<p>Members of the opposition said the plan would raise fees for families and small firms in the area.</p>"


def test_caption_heading_after_the_picture_leaves_the_body() -> None:
    html = (
        f"<html><body><article><h1>Council approves the budget</h1>{FIRST}"
        '<div class="img"><img src="/bridge.jpg"></div><h6 class="caption">The new bridge at dusk.</h6>'
        f"{SECOND}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://news.example.com/2024/05/budget.html")
    assert [(image.caption, image.position) for image in article.images] == [("The new bridge at dusk.", 1)]
    assert [block.kind for block in article.body] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_heading_equal_to_a_caption_elsewhere_stays() -> None:
    blocks = [
        Block(kind=BlockKind.HEADING, text="The new bridge"),
        Block(text="The bridge opened to traffic on Monday after three years of work."),
        Block(text="Drivers welcomed the shorter trip across the river."),
    ]
    draft = ImageDraft(src="https://news.example.com/bridge.jpg", caption="The new bridge", position=2)
    body, images = drop_caption_echoes(blocks, [draft])
    assert body == blocks
    assert images[0].position == 2


def test_heading_at_the_picture_equal_to_its_caption_goes() -> None:
    blocks = [
        Block(text="The bridge opened to traffic on Monday after three years of work."),
        Block(kind=BlockKind.HEADING, text="The new bridge at dusk."),
        Block(text="Drivers welcomed the shorter trip across the river."),
    ]
    draft = ImageDraft(src="https://news.example.com/bridge.jpg", caption="The new bridge at dusk.", position=1)
    body, images = drop_caption_echoes(blocks, [draft])
    assert [block.text for block in body] == [blocks[0].text, blocks[2].text]
    assert images[0].position == 1


def _parse(figure: str) -> cqnews.Article:
    html = f"<html><body><article><h1>Council approves the budget</h1>{FIRST}{figure}{SECOND}</article></body></html>"
    return cqnews.parse(html, url="https://news.example.com/2024/05/budget.html")


def test_small_heading_alone_in_the_picture_wrapper_is_the_caption() -> None:
    article = _parse('<div><img src="/bridge.jpg"><h6>The new bridge at dusk.</h6></div>')
    assert [(image.caption, image.position) for image in article.images] == [("The new bridge at dusk.", 1)]
    assert [block.kind for block in article.body] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_small_heading_with_a_sentence_after_it_stays_a_heading() -> None:
    article = _parse(
        '<div><img src="/bridge.jpg"><h6>The new bridge</h6><p>The bridge took three years to build.</p></div>'
    )
    assert all(image.caption is None for image in article.images)
    assert (BlockKind.HEADING, "The new bridge") in [(block.kind, block.text) for block in article.body]
