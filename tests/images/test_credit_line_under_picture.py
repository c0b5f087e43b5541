"""A line right after a picture's block holding only a photo credit ("<p align=center>图/记者 王明 摄</p>", a centred
"Photo: Anna Roe/Reuters"): the picture's credit, not the article's photographer; a reporter's byline line there
stays the article's (made-up pages)."""

from __future__ import annotations

import pytest

import cqnews
from tests.figure_helpers import article_around

LEDE = "<p>" + "市政府周一决定修缮这条道路，工程将于今年夏天开始，预计年底完工，市民出行将受到一定影响。" * 3 + "</p>"
IMG = '<img src="/f/road-work.jpg" width="1200" height="800">'


def _parse(figure: str) -> cqnews.Article:
    return article_around(figure, lede=LEDE, title="市政府决定修缮道路", url="https://news.example.cn/2024/05/16/content_1.html", container="<div class='article'>")


@pytest.mark.parametrize(
    "line",
    [
        '<p style="text-align:center">图/记者 王明 摄</p>',
        '<p style="text-align: center;">记者 王明 摄</p>',
        '<p align="center">王明 摄</p>',
    ],
)
def test_credit_line_under_the_picture_credits_the_picture(line: str) -> None:
    article = _parse(f'<p style="text-align:center">{IMG}</p>{line}')
    assert [[c.name for c in image.credits] for image in article.images] == [["王明"]]
    assert [c.name for c in article.credits if c.role is cqnews.CreditRole.PHOTOGRAPHER] == []
    assert all("王明" not in block.text for block in article.body)
