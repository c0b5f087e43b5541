"""An HTML page after more than 8 KB of plain text (made-up notes and page).

document.looks_like_html reads the first 8 KB only: the whole input was read as a plain-text dump, the notes
became the body and the page was lost without a word. The page is read from its opening line, with a warning.
"""

from __future__ import annotations

import cqnews

_NOTES = "\n".join(
    f"Queue entry {n}: a copy of the harbour report was printed for the clerk's desk on the second floor."
    for n in range(100)
)
_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour fund</title></head>\n"
    "<body><article><h1>Harbour fund</h1>\n"
    "<p>The harbour board will spend two million pounds on new cranes, its chair, Mary Holt, said on Friday.</p>\n"
    "<p>The old cranes were built in the seventies and have broken down twice this year, the board said.</p>\n"
    "</article></body></html>"
)
_BODY = [
    "The harbour board will spend two million pounds on new cranes, its chair, Mary Holt, said on Friday.",
    "The old cranes were built in the seventies and have broken down twice this year, the board said.",
]


def _late_warnings(article: cqnews.Article) -> list[str]:
    return [w for w in article.extraction.warnings if "before an HTML page" in w]


def test_page_after_long_notes_is_read_from_its_start() -> None:
    assert len(_NOTES) > 8192
    article = cqnews.parse(_NOTES + "\n" + _PAGE)
    assert article.headline == "Harbour fund"
    assert [block.text for block in article.body] == _BODY
    assert _late_warnings(article) == [
        f"the input opens with {len(_NOTES) + 1} characters of plain text before an HTML page, which were left out: "
        "the page was read from its <!DOCTYPE html> or <html> line"
    ]


def test_page_after_short_notes_reads_as_before() -> None:
    article = cqnews.parse("Saved from the browser on Friday.\n" + _PAGE)
    assert [block.text for block in article.body] == _BODY
    assert _late_warnings(article) == []


def test_dump_naming_a_tag_in_a_sentence_stays_a_dump() -> None:
    dump = _NOTES + "\n\nThe clerk said the page opens with <html> and ends with a closing tag, as a web page does.\n"
    article = cqnews.parse(dump)
    assert _late_warnings(article) == []
    assert article.body[0].text.startswith("Queue entry 0:")


def test_dump_with_a_lone_html_line_stays_a_dump() -> None:
    dump = _NOTES + "\n<html>\nThe rest of the notes are plain lines about the harbour and its cranes.\n"
    article = cqnews.parse(dump)
    assert _late_warnings(article) == []
    assert article.body[0].text.startswith("Queue entry 0:")
