"""A page binding more than eight prefixes to the XHTML namespace (seventeenth reliability round).

Round 16 dropped the XHTML prefixes of up to eight declarations from the tags; a page binding a ninth (a document
glued from several XML sources, each with its own prefix, or a hostile page) kept the tags of the prefixes past the
eighth, so its headline was lost and its paragraphs glued into one block without a word. Each tag's prefix is now
looked up in the set of bound ones, so any number is read at the cost of one.
"""

from __future__ import annotations

import time

import cqnews
from cqnews.xhtml_prefix import without_xhtml_prefixes
from tests.cpu_bar import cpu_bar

_DECLARATIONS = " ".join(f'xmlns:x{i}="http://www.w3.org/1999/xhtml"' for i in range(12))
_PAGE = (
    f"<x11:html {_DECLARATIONS}><x11:head><x11:title>Ferry back on the lake</x11:title></x11:head><x11:body>"
    "<x11:article><x11:h1>Ferry back on the lake</x11:h1>"
    "<x11:p>The old paddle steamer returned to the lake on Friday after two winters in the shipyard at Orsen.</x11:p>"
    '<x11:p>"She sails better than she did in her first summer," said Clara Moss, the ferry\'s captain.</x11:p>'
    "</x11:article></x11:body></x11:html>"
)


def test_the_twelfth_prefix_is_dropped_too() -> None:
    article = cqnews.parse(_PAGE)
    assert article.headline == "Ferry back on the lake"
    assert [block.text for block in article.body] == [
        "The old paddle steamer returned to the lake on Friday after two winters in the shipyard at Orsen.",
        '"She sails better than she did in her first summer," said Clara Moss, the ferry\'s captain.',
    ]


def test_unbound_prefixes_stay() -> None:
    text = f"<x9:div {_DECLARATIONS}><y:p>a</y:p><x10:p>b</x10:p><x1x:p>c</x1x:p></x9:div>"
    assert without_xhtml_prefixes(text) == f"<div {_DECLARATIONS}><y:p>a</y:p><p>b</p><x1x:p>c</x1x:p></div>"


def test_thousands_of_prefixes_cost_one_pass() -> None:
    declarations = " ".join(f'xmlns:p{i}="http://www.w3.org/1999/xhtml"' for i in range(20_000))
    text = f"<p1:html {declarations}>" + "<p7:p>x</p7:p><q:b>y</q:b>" * 20_000
    start = time.process_time()
    out = without_xhtml_prefixes(text)
    assert time.process_time() - start < cpu_bar(2.0)
    assert out.endswith("<p>x</p><q:b>y</q:b>")
