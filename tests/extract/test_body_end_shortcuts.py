"""The shortcuts of the body-end reading at their boundaries (made-up pages): a body of five blocks is
the shortest one a cut can reach, and the page texts passed over unread are only those whose key
cannot be a block's (case folds that lengthen, indentation before the first word)."""

from __future__ import annotations

import sys

from lxml.html import HtmlElement, fromstring

from cqnews.extract.blocks import BodyResult
from cqnews.extract.body_end import end_of_article, place_blocks
from cqnews.models import Block, BlockKind

_PARAGRAPHS = [
    "The county council voted on Tuesday to keep the old ferry running through the winter months.",
    "Members said the crossing carried more than four hundred commuters a day during the autumn.",
    "The harbour master told the meeting that the boat had passed its safety survey in October.",
]
_HEADLINES = [
    "Storm brings down trees along the coast road overnight",
    "School bus timetable changes from next Monday, the council confirms",
]


def test_a_body_of_five_blocks_loses_its_two_link_only_blocks() -> None:
    # Three blocks stay at least and a run of two link-only blocks is the shortest cut: five blocks.
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
    links = "".join(f'<p><a href="/story/{n}">{text}</a></p>' for n, text in enumerate(_HEADLINES))
    texts = _texts(f"<html><body><article>{paragraphs}{links}</article></body></html>")
    result = BodyResult(blocks=[Block(kind=BlockKind.PARAGRAPH, text=text) for text in _PARAGRAPHS + _HEADLINES])
    result.sources = [None] * len(result.blocks)
    end_of_article(result, texts)
    assert [block.text for block in result.blocks] == _PARAGRAPHS


def test_case_folding_makes_one_to_three_characters_of_one() -> None:
    # The sieve before the keys are read relies on it (an ASCII character folds into one).
    sizes = {len(chr(point).casefold()) for point in range(sys.maxunicode + 1)}
    assert min(sizes) == 1 and max(sizes) == 3
    assert all(len(chr(point).casefold()) == 1 for point in range(128))


def _texts(html: str) -> list[tuple[HtmlElement, str]]:
    return [(element, element.text_content()) for element in fromstring(html).iter("li", "p")]


def test_a_block_is_placed_on_a_shorter_text_whose_case_fold_is_longer() -> None:
    # "STRAßE" has six characters; its case fold "strasse", the key of the block "Strasse", has seven.
    texts = _texts("<div><ul><li>Bahnhofstrasse</li><li>STRAßE</li></ul><p>Strasse</p></div>")
    placed = place_blocks([Block(kind=BlockKind.PARAGRAPH, text="Strasse")], texts)
    assert placed == [texts[1][0]]


def test_a_block_is_placed_on_a_text_behind_indentation_or_another_case() -> None:
    short_indent = "\n" + " " * 12
    long_indent = "\n" + " " * 200
    texts = _texts(
        "<div><ul><li>Zebra crossing</li>"
        f"<li>{short_indent}ÜBER die Brücke</li><li>{long_indent}Harbour news</li><li>harbour</li></ul></div>"
    )
    blocks = [
        Block(kind=BlockKind.PARAGRAPH, text="über die brücke"),
        Block(kind=BlockKind.PARAGRAPH, text="Harbour news"),
        Block(kind=BlockKind.PARAGRAPH, text="Ferry news"),
    ]
    assert place_blocks(blocks, texts) == [texts[1][0], texts[2][0], None]
