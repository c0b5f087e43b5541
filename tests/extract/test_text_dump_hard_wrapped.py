"""Plain-text dumps hard-wrapped at a fixed width (an e-mail, a text editor's 72 columns): the lines of a paragraph
are joined into one block (sentences made up for the tests)."""

from __future__ import annotations

import cqnews

WRAPPED = (
    "Valley floods close roads\n"
    "\n"
    "Floods hit the valley on Monday, and the council said roads were closed\n"
    "across the district for the whole week, leaving hundreds of families cut\n"
    "off from the town.\n"
    "\n"
    "Residents were moved to the school hall, where volunteers served hot meals\n"
    "through the night. “We have never seen water this high,” said Tom Reed, a\n"
    "farmer who has lived in the valley for forty years.\n"
    "\n"
    "The council listed what comes next:\n"
    "\n"
    "- Roads stay closed until the water falls below the bridge markers\n"
    "- Schools open again once the buses can reach every village safely\n"
)


def test_wrapped_lines_make_one_paragraph() -> None:
    article = cqnews.parse_text(WRAPPED)
    assert article.headline == "Valley floods close roads"
    texts = [block.text for block in article.body]
    assert texts[:2] == [
        "Floods hit the valley on Monday, and the council said roads were closed across the district for the whole"
        " week, leaving hundreds of families cut off from the town.",
        "Residents were moved to the school hall, where volunteers served hot meals through the night. “We have never"
        " seen water this high,” said Tom Reed, a farmer who has lived in the valley for forty years.",
    ]
    quotes = {quote.text.rstrip(","): quote.speaker and quote.speaker.name for quote in article.quotes}
    assert quotes["We have never seen water this high"] == "Tom Reed"


def test_wrapped_lines_with_crlf_make_one_paragraph() -> None:
    article = cqnews.parse_text(WRAPPED.replace("\n", "\r\n"))
    assert article.body[0].text.endswith("cut off from the town.")


def test_wrapped_chinese_lines_join_without_a_space() -> None:
    text = (
        "暴雨袭击山城\n\n"
        "连日暴雨导致多条道路中断，市政府周一宣布全市学校\n"
        "停课三天，并组织救援队伍转移受困群众。\n\n"
        "据了解，目前已有三千多名群众被安全转移到临时安置\n"
        "点，当地志愿者为他们送来了食物和饮用水。\n"
    )
    article = cqnews.parse_text(text)
    assert [block.text for block in article.body] == [
        "连日暴雨导致多条道路中断，市政府周一宣布全市学校停课三天，并组织救援队伍转移受困群众。",
        "据了解，目前已有三千多名群众被安全转移到临时安置点，当地志愿者为他们送来了食物和饮用水。",
    ]


def test_lines_of_one_per_paragraph_text_are_not_joined() -> None:
    # No blank line parts the paragraphs: each line is one.
    first = "Floods hit the valley on Monday, and the council said roads were closed for a week."
    second = "Residents were moved to the school hall, where volunteers served hot meals all night."
    article = cqnews.parse_text(f"{first}\n{second}\n")
    assert [block.text for block in article.body] == [first, second]
