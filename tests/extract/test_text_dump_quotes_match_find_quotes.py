"""The quotes parse_text finds in a dump are those find_quotes finds in the same paragraphs (sentences made up for
the tests): the text path adds no quote and loses none."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.enrich.quotes import find_quotes

EN = (
    "Valley floods close roads\n\n"
    "Floods hit the valley on Monday, and the council said roads were closed across the district for a week.\n\n"
    "“We have never seen water this high,” said Tom Reed, a farmer who has lived in the valley for forty years.\n\n"
    "Reed said the water reached his kitchen by noon. “It is sad,” he added.\n\n"
    "“It is sad,” Williams said."
)
ZH = (
    "暴雨袭击山城\n\n"
    "连日暴雨导致多条道路中断，市政府周一宣布全市学校停课三天，并组织救援队伍转移受困群众。\n\n"
    "“我们一定会尽快恢复交通。”市长李华说。\n\n"
    "村民张强告诉记者：“水一下子就涨到了膝盖，我们只好往山上跑。”"
)


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (ZH, "zh")])
def test_parse_text_quotes_are_find_quotes_of_its_body(text: str, lang: str) -> None:
    article = cqnews.parse_text(text)
    found = find_quotes(list(article.body), lang)
    assert [(quote.text, quote.speaker and quote.speaker.name) for quote in article.quotes] == [
        (quote.text, quote.speaker and quote.speaker.name) for quote in found
    ]
    assert len(article.quotes) >= 3
