"""Plain-text dumps: a short closing sentence stays in the body, and lines left out of it are named in a warning
(sentences made up for the tests)."""

from __future__ import annotations

import cqnews

FIRST = "Floods hit the valley on Monday, and the council said roads were closed across the district for a week."
SECOND = "Residents were moved to the school hall, where volunteers served hot meals through the night."


def _left_out_warnings(article: cqnews.Article) -> list[str]:
    return [warning for warning in article.extraction.warnings if "left out of the body" in warning]


def test_a_short_closing_quote_stays_in_the_body() -> None:
    article = cqnews.parse_text(f"{FIRST}\n\n{SECOND}\n\n“It is sad,” Williams said.")
    assert [block.text for block in article.body] == [FIRST, SECOND, "“It is sad,” Williams said."]
    assert [(quote.text, quote.speaker and quote.speaker.name) for quote in article.quotes][-1] == (
        "It is sad,",
        "Williams",
    )
    assert not _left_out_warnings(article)


def test_a_short_closing_remark_stays_in_the_body() -> None:
    article = cqnews.parse_text(f"{FIRST}\n{SECOND}\nThe work goes on.\n")
    assert [block.text for block in article.body][-1] == "The work goes on."


def test_a_short_chinese_closing_line_stays_in_the_body() -> None:
    lede = "连日暴雨导致多条道路中断，市政府周一宣布全市学校停课三天，并组织救援队伍转移受困群众，当地志愿者送来了食物和饮用水。"
    article = cqnews.parse_text(f"暴雨袭击山城\n\n{lede}\n\n“太难过了。”他说。\n")
    assert [block.text for block in article.body] == [lede, "“太难过了。”他说。"]


def test_furniture_after_the_body_is_left_out_with_a_warning() -> None:
    article = cqnews.parse_text(f"{FIRST}\n\n{SECOND}\n\nRead more\n\nShare this article.\n")
    assert [block.text for block in article.body] == [FIRST, SECOND]
    (warning,) = _left_out_warnings(article)
    assert warning.startswith("2 line(s) of the text were left out")
    assert "'Read more'" in warning and "'Share this article.'" in warning


def test_the_headline_and_byline_are_no_left_out_text() -> None:
    article = cqnews.parse_text(f"Valley floods close roads\nBy Jane Doe\n\n{FIRST}\n\n{SECOND}\n")
    assert article.headline == "Valley floods close roads"
    assert not _left_out_warnings(article)


def test_an_opening_quote_with_its_attribution_is_no_headline() -> None:
    article = cqnews.parse_text(f"“It is sad,” Williams said.\n\n{FIRST}\n\n{SECOND}\n")
    assert article.headline is None
    assert [block.text for block in article.body] == ["“It is sad,” Williams said.", FIRST, SECOND]
    assert ("It is sad,", "Williams") in [(quote.text, quote.speaker and quote.speaker.name) for quote in article.quotes]


def test_an_opening_chinese_quote_under_the_headline_stays_in_the_body() -> None:
    lede = "连日暴雨导致多条道路中断，市政府周一宣布全市学校停课三天，并组织救援队伍转移受困群众，当地志愿者送来了食物和饮用水。"
    article = cqnews.parse_text(f"暴雨袭击山城\n\n“太难过了。”村民张强说。\n\n{lede}\n")
    assert article.headline == "暴雨袭击山城"
    assert [block.text for block in article.body] == ["“太难过了。”村民张强说。", lede]


def test_a_quoting_headline_stays_the_headline() -> None:
    article = cqnews.parse_text(f"Mayor on the floods: “We will rebuild”\n\n{FIRST}\n\n{SECOND}\n")
    assert article.headline == "Mayor on the floods: “We will rebuild”"
    assert [block.text for block in article.body] == [FIRST, SECOND]
