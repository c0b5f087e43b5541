"""A doctype with an internal subset (seventeenth reliability round).

XHTML written for an XML parser may declare the entities it uses in its doctype (``<!DOCTYPE html [<!ENTITY nbsp
"&#160;">]>``). The HTML parser ends the doctype at the subset's first ">", so "]>" became the body's first text,
and the page's ``<title>`` was read into the body with it. The subset is dropped before parsing; its entities are
expanded by neither parser (a "billion laughs" stays four characters).
"""

from __future__ import annotations

import time

import cqnews
from cqnews.document import parse_tree
from cqnews.options import ParseOptions
from tests.cpu_bar import cpu_bar

_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html [
  <!ENTITY nbsp "&#160;">
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Lighthouse keeper retires</title></head>
<body><article><h1>Lighthouse keeper retires</h1>
<p>The last keeper of the lighthouse on the north cape retired on Sunday after thirty-one years, the coast guard
said in a short statement to the island's newspaper.</p>
<p>His logbooks will go to the museum in the harbour town, where they are to be shown from the spring &b;.</p>
</article></body></html>"""


_BRIEF = (
    '<!DOCTYPE html [<!ENTITY nbsp "&#160;">]><html><head><title>Lighthouse keeper retires</title></head><body>'
    "<p>The last keeper of the lighthouse on the north cape retired on Sunday after thirty-one years, the coast "
    "guard said.</p></body></html>"
)


def test_the_title_stays_in_the_head() -> None:
    root = parse_tree(_BRIEF, ParseOptions())
    assert root.findtext("head/title") == "Lighthouse keeper retires"
    assert not (root.find("body").text or "").strip()


def test_a_brief_has_its_paragraph_alone() -> None:
    article = cqnews.parse(_BRIEF)
    assert [block.text for block in article.body] == [
        "The last keeper of the lighthouse on the north cape retired on Sunday after thirty-one years, the coast "
        "guard said."
    ]


def test_the_subset_is_no_body_text() -> None:
    article = cqnews.parse(_PAGE)
    assert article.headline == "Lighthouse keeper retires"
    assert article.body[0].text.startswith("The last keeper of the lighthouse")
    assert article.body[-1].text.endswith("from the spring &b;.")
    assert all("]>" not in block.text for block in article.body)


def test_a_long_subset_costs_one_pass() -> None:
    subset = "".join(f'<!ENTITY e{i} "{i}">' for i in range(3000))
    page = _PAGE.replace("<!DOCTYPE html [", f"<!DOCTYPE html [{subset}")
    start = time.process_time()
    article = cqnews.parse(page)
    assert time.process_time() - start < cpu_bar(3.0)
    assert article.body[0].text.startswith("The last keeper of the lighthouse")
