"""Right-to-left text and bidi overrides in the notebook view.

Page text was put in elements without a direction: an Arabic or Hebrew paragraph read left to right (its full stop at
the wrong end), and a right-to-left override (U+202E) left open in a quote reversed everything after it in the
paragraph, the speaker chip included ("Ann Lee" shown as "eeL nnA"), as one in the publisher name reversed the rest
of the meta line. Every element of page text now has ``dir="auto"`` (an isolate: what opens inside ends inside), and
each meta item is a ``<bdi>``.
"""

from __future__ import annotations

import lxml.html

from cqnews.models import Article, Block, Extraction, ExtractionMethod, Quote, QuoteKind, Speaker


def _article() -> Article:
    text = "“We open \u202egates today,” said Ann Lee."
    quote = Quote(
        text="We open \u202egates today,", kind=QuoteKind.DIRECT, speaker=Speaker(name="Ann Lee"),
        block=1, start=1, end=text.index("”"),
    )
    return Article(
        headline="افتتاح جسر جديد فوق النهر",
        publisher="Daily \u202eNews",
        authors=["Tom Parry"],
        body=[Block(text="افتتحت البلدية الجسر الجديد صباح اليوم."), Block(text=text)],
        quotes=[quote],
        extraction=Extraction(method=ExtractionMethod.TEXT),
    )


def test_page_text_elements_isolate_their_direction() -> None:
    tree = lxml.html.fragment_fromstring(_article()._repr_html_())
    assert tree.find("h2").get("dir") == "auto"
    assert [p.get("dir") for p in tree.xpath("p[not(@class)]")] == ["auto", "auto"]
    assert tree.xpath("//mark")[0].get("dir") == "auto"
    chip = tree.xpath("//span[contains(@class, 'cqnews-speaker')]")[0]
    assert chip.get("dir") == "auto" and chip.text == "Ann Lee"


def test_meta_items_are_isolated() -> None:
    tree = lxml.html.fragment_fromstring(_article()._repr_html_())
    meta = tree.xpath("p[@class='cqnews-meta']")[0]
    items = [bdi.text_content() for bdi in meta.findall("bdi")]
    assert items[0] == "Daily \u202eNews" and "by Tom Parry" in items
