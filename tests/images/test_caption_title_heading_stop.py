"""A heading inside a caption element (a slide's title over its text) ends with a stop when it has none and text
follows it; a heading alone, or one that ends with its own punctuation, is kept as written. Made-up markup."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from cqnews.extract.image_caption_text import caption_text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<div><h5>Flood plan</h5><p>Officials inspect the river.</p></div>", "Flood plan. Officials inspect the river."),
        ("<div><h5>Flood plan?</h5><p>Officials inspect the river.</p></div>", "Flood plan? Officials inspect the river."),
        ("<div><h4>防汛准备</h4><p>工人们正在检修大桥。</p></div>", "防汛准备。工人们正在检修大桥。"),
        ("<div><h5>Flood plan</h5></div>", "Flood plan"),
        ("<div><p>Officials inspect the river.</p><h6>  </h6></div>", "Officials inspect the river."),
    ],
)
def test_title_heading_ends_with_a_stop(markup: str, text: str) -> None:
    assert caption_text(lxml_html.fragment_fromstring(markup)) == text
