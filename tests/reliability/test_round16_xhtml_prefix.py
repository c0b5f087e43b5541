"""XHTML whose tags carry a namespace prefix (sixteenth reliability round).

``<h:html xmlns:h="http://www.w3.org/1999/xhtml"><h:body><h:p>`` is XHTML to an XML parser; the HTML parser kept
``h:p`` as an unknown element, so the page came out with no headline and its paragraphs glued into one block. The
prefixes bound to the XHTML namespace are dropped from the tags before parsing; other prefixes stay as written.
"""

from __future__ import annotations

import cqnews
from cqnews.xhtml_prefix import without_xhtml_prefixes

_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<x:html xmlns:x="http://www.w3.org/1999/xhtml" lang="en"><x:head><x:title>Bakery wins award</x:title></x:head>
<x:body><x:article><x:h1>Bakery wins award</x:h1>
<x:p>A family bakery on the market square won the regional bread prize on Saturday, the judges announced.</x:p>
<x:p>"We have baked the same rye loaf for forty years," said Paul Berg, who owns the shop with his sister.</x:p>
</x:article></x:body></x:html>"""


def test_prefixed_xhtml_reads_as_a_page() -> None:
    article = cqnews.parse(_PAGE)
    assert article.headline == "Bakery wins award"
    assert [block.text for block in article.body] == [
        "A family bakery on the market square won the regional bread prize on Saturday, the judges announced.",
        '"We have baked the same rye loaf for forty years," said Paul Berg, who owns the shop with his sister.',
    ]
    assert "Paul Berg" in [quote.speaker.name for quote in article.quotes]


def test_only_xhtml_prefixes_are_dropped() -> None:
    text = (
        '<h:div xmlns:h="http://www.w3.org/1999/xhtml" xmlns:m="http://www.w3.org/1998/Math/MathML">'
        "<m:math>x</m:math><h:p>a</h:p></h:div>"
    )
    assert without_xhtml_prefixes(text) == (
        '<div xmlns:h="http://www.w3.org/1999/xhtml" xmlns:m="http://www.w3.org/1998/Math/MathML">'
        "<m:math>x</m:math><p>a</p></div>"
    )
    plain = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>a</p></body></html>'
    assert without_xhtml_prefixes(plain) is plain
