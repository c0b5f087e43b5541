"""Round 14: ``parse_text`` handed an HTML page says so: the tags are read as words of the body."""

from __future__ import annotations

import cqnews

_PAGE = (
    "<html><head><title>Ferry</title></head><body><article><h1>Ferry plans</h1>"
    "<p>“We will run the ferry all winter,” said Ann Lee, the mayor of the harbour town.</p>"
    "<p>The council meets again in May to vote on the plan for the harbour.</p></article></body></html>"
)
_WARNING = "the text is HTML markup, read as plain text (tags and all): pass the page to cqnews.parse() instead"


def test_a_page_handed_to_parse_text_is_named_markup() -> None:
    assert _WARNING in cqnews.parse_text(_PAGE).extraction.warnings


def test_a_saved_page_after_a_line_of_notes_is_named_markup() -> None:
    article = cqnews.parse_text("Saved from the harbour site on Monday\n\n" + _PAGE)
    assert _WARNING in article.extraction.warnings


def test_a_text_dump_is_no_markup() -> None:
    dump = (
        "Ferry plans\n\n“We will run the ferry all winter,” said Ann Lee, the mayor of the harbour town. "
        "The council meets again in May to vote on the plan, and the harbour board will answer by June."
    )
    assert _WARNING not in cqnews.parse_text(dump).extraction.warnings


def test_parse_reads_the_page_as_markup() -> None:
    article = cqnews.parse(_PAGE)
    assert _WARNING not in article.extraction.warnings
    assert article.headline == "Ferry plans"
