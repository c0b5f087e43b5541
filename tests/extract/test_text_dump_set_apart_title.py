"""A text dump of short paragraphs only (no paragraph of running text) whose first line is short, no sentence, and
set apart by a blank line: that line is the headline, as it is in a dump with running text. Before, it stayed the
first body block and the article had no headline."""

from __future__ import annotations

import cqnews


def _read(text: str) -> tuple[str | None, list[str]]:
    article = cqnews.parse_text(text)
    return article.headline, [block.text for block in article.body]


def test_first_line_set_apart_is_the_headline() -> None:
    text = "Harbour story four\n\nThe warehouse opens next month, the port authority said.\n\n“We are ready,” said Ann."
    assert _read(text) == (
        "Harbour story four",
        ["The warehouse opens next month, the port authority said.", "“We are ready,” said Ann."],
    )


def test_chinese_and_crlf() -> None:
    text = "港口故事\r\n\r\n防波堤在冬天修好了，市政府周一表示。\r\n\r\n船只将停靠在北码头。"
    assert _read(text) == ("港口故事", ["防波堤在冬天修好了，市政府周一表示。", "船只将停靠在北码头。"])


def test_a_markdown_heading_loses_its_marks() -> None:
    assert _read("# Harbour story four\n\nThe warehouse opens next month.")[0] == "Harbour story four"


def test_no_blank_line_or_a_sentence_gives_no_headline() -> None:
    assert _read("Harbour story four\nThe warehouse opens next month.\n\nShips are due.") == (
        None, ["Harbour story four", "The warehouse opens next month.", "Ships are due."],
    )
    assert _read("The warehouse opens next month.\n\nShips are due.")[0] is None
    assert _read("Harbour story four\n\n")[0] is None  # a line alone is the body, not a headline of nothing
