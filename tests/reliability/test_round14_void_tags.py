"""Round 14: HTML5 void elements libxml2 takes for containers (``<wbr>``, ``<keygen>``) are closed where they stand.

libxml2 parses HTML 4, where ``<wbr>`` is no element it knows: each one opened a level that only the end of its
paragraph closed, so a paragraph with 300 word-break hints (a long address or word written for narrow screens) nested
300 levels and the whole page failed with ``TreeTooLargeError``.
"""

from __future__ import annotations

import cqnews
from cqnews.document import parse_tree
from cqnews.options import ParseOptions


def _page(paragraph: str) -> str:
    return (
        "<html><head><title>Ferry plans</title></head><body><article><h1>Ferry plans</h1>"
        f"<p>{paragraph}</p><p>The council meets again in May to vote on the plan for the harbour.</p>"
        "</article></body></html>"
    )


def test_many_word_break_hints_in_one_paragraph_are_read() -> None:
    hints = " ".join("harbour<wbr>front" for _ in range(300))
    article = cqnews.parse(_page(f"“We will run the ferry all winter,” said Ann Lee. {hints}"))
    assert article.body[0].text.startswith("“We will run the ferry all winter,” said Ann Lee. harbourfront harbourfront")
    assert article.body[0].text.count("harbourfront") == 300
    assert [quote.speaker.name for quote in article.quotes if quote.speaker] == ["Ann Lee"]


def test_a_word_break_hint_holds_no_text() -> None:
    root = parse_tree("<html><body><p>harbour<wbr>front<WBR >road<keygen>end</p></body></html>", ParseOptions())
    hints = [*root.iter("wbr"), *root.iter("keygen")]
    assert len(hints) == 3
    assert all(len(hint) == 0 and not hint.text for hint in hints)
    assert root.find(".//p").text_content() == "harbourfrontroadend"
