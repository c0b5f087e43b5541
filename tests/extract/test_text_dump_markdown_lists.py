"""Plain-text dumps written in Markdown or with bullet lists: list items, quotes and bold lose their marks, and a
list after the last paragraph stays in the body (sentences made up for the tests)."""

from __future__ import annotations

import cqnews

FIRST = "Floods hit the valley on Monday, and the council said roads were closed across the district for a week."
SECOND = "Residents were moved to the school hall, where volunteers served hot meals through the night."


def _blocks(article: cqnews.Article) -> list[tuple[str, str]]:
    """Kind and text of each block; a line introducing a list is shown as "intro" (heading or paragraph)."""
    return [("intro" if block.text.endswith(":") else block.kind.value, block.text) for block in article.body]


def test_bullets_are_list_items() -> None:
    text = f"{FIRST}\n\nThe council listed three steps:\n\n- Roads closed until Friday\n* Schools shut\n• Buses rerouted\n\n{SECOND}"
    assert _blocks(cqnews.parse_text(text)) == [
        ("paragraph", FIRST),
        ("intro", "The council listed three steps:"),
        ("list_item", "Roads closed until Friday"),
        ("list_item", "Schools shut"),
        ("list_item", "Buses rerouted"),
        ("paragraph", SECOND),
    ]


def test_a_list_after_the_last_paragraph_stays_in_the_body() -> None:
    article = cqnews.parse_text(f"{FIRST}\n\n{SECOND}\n\nWhat to know:\n- Roads closed until Friday\n- Schools shut\n")
    assert _blocks(article)[2:] == [
        ("intro", "What to know:"),
        ("list_item", "Roads closed until Friday"),
        ("list_item", "Schools shut"),
    ]
    assert not [warning for warning in article.extraction.warnings if "left out of the body" in warning]


def test_markdown_quote_and_bold_lose_their_marks() -> None:
    text = (
        f"# Valley floods close roads\n\n{FIRST}\n\n**Residents** were moved to the school hall, where volunteers"
        " served hot meals through the night.\n\n> “We lost everything in the kitchen,” said Maria Lopez, a resident.\n"
    )
    article = cqnews.parse_text(text)
    assert article.headline == "Valley floods close roads"
    assert _blocks(article) == [
        ("paragraph", FIRST),
        ("paragraph", SECOND),
        ("blockquote", "“We lost everything in the kitchen,” said Maria Lopez, a resident."),
    ]
    assert [(quote.text.rstrip(","), quote.speaker and quote.speaker.name) for quote in article.quotes][-1] == (
        "We lost everything in the kitchen",
        "Maria Lopez",
    )



def test_numbered_items_are_list_items_with_their_numbers() -> None:
    text = f"{FIRST}\n\n{SECOND}\n\nThe council listed two steps:\n\n1. Roads closed until Friday\n2) Schools shut\n"
    assert _blocks(cqnews.parse_text(text))[2:] == [
        ("intro", "The council listed two steps:"),
        ("list_item", "1. Roads closed until Friday"),
        ("list_item", "2) Schools shut"),
    ]
