"""A paragraph or a line that is only a byline ("By Jane Roe and John Doe") is a byline, not body or headline."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.extract.boilerplate import is_credit_line

LEDE = "The council approved the new river bridge after a long debate on Tuesday night, officials said on Wednesday."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Marta Ilves and Tom Okafor, Staff Writers", True),
        ("By MARTA ILVES", True),
        ("Von Anna Lenz, Frankfurt", True),
        ("By The Numbers", False),  # a heading: a determiner follows the by-word
        ("By Tuesday, the river had risen a metre.", False),  # one capitalised word: no name
        ("By air and by sea", False),
        ("本报记者 钱小川 通讯员 罗一鸣", True),
        ("新华社记者 付晓 摄", True),
        ("记者从市交通局获悉，新线年底通车。", False),  # a sentence: no space after the label
        ("记者 钱小川说，新线年底通车。", False),
        # the reporters in brackets, under the story
        ("（记者 刘翰书）", True),
        ("（总台记者 钱小川 罗一鸣）", True),
        ("■本报记者 钱小川", True),  # a layout mark before the label
        ("☆记者 罗一鸣 摄", True),
        ("（记者从市交通局获悉，新线年底通车。）", False),
        # a portal's information line: the date, then labelled fields
        ("2025-07-03 09:15 来源：江城日报 作者：钱小川 【字号 大 中 小】", True),
        ("发布时间：2025年07月03日 | 来源：市政府办公室", True),
        ("2025年7月3日，市政府召开会议，来源于各区的代表出席。", False),  # a sentence opening with a date
    ],
)
def test_byline_lines(line: str, expected: bool) -> None:
    assert is_credit_line(line) is expected


def test_byline_paragraph_under_the_heading_gives_the_authors_and_leaves_the_body() -> None:
    html = (
        "<html><head><title>Bridge approved</title></head><body><article><h1>River bridge approved after debate</h1>"
        f"<p>By Marta Ilves and Tom Okafor, Staff Writers</p><p>{LEDE}</p><p>{LEDE}</p></article></body></html>"
    )
    article = cqnews.parse(html)
    assert article.authors == ["Marta Ilves", "Tom Okafor"]
    assert all(not block.text.startswith("By ") for block in article.body)


def test_byline_line_of_a_text_dump_is_no_headline() -> None:
    article = cqnews.parse_text(f"River bridge approved after debate\n\nBy Marta Ilves\n\n{LEDE} {LEDE}")
    assert article.headline == "River bridge approved after debate"
    assert article.authors == ["Marta Ilves"]


def test_a_portals_information_line_leaves_the_body_and_gives_its_fields() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>新桥通车</title></head><body><div class='con'>"
        "<h1>江城新桥今日通车</h1><p>2025-07-03 09:15 来源：江城日报 作者：钱小川 【字号 大 中 小】</p>"
        "<p>7月3日上午，江城新桥正式通车，全长1.2公里，连接东西两岸，市民出行时间将缩短一半。</p>"
        "<p>市交通局负责人介绍，新桥设计使用寿命一百年，可抵御八级地震，通车后将缓解老桥的拥堵。</p>"
        "</div></body></html>"
    )
    article = cqnews.parse(html)
    assert [block.text[:5] for block in article.body] == ["7月3日上", "市交通局负"]
    assert article.authors == ["钱小川"]
    assert any(credit.organization == "江城日报" for credit in article.credits)


def test_reporters_in_brackets_under_the_story_are_authors_not_body() -> None:
    lede = "7月3日上午，江城新桥正式通车，全长1.2公里，连接东西两岸，市民出行时间将缩短一半。"
    html = (
        "<html><head><meta charset='utf-8'><title>新桥通车</title></head><body><div class='con'>"
        f"<h1>江城新桥今日通车</h1><p>{lede}</p><p>市交通局负责人介绍，新桥设计使用寿命一百年，可抵御八级地震。</p>"
        "<p>通车后，老桥将封闭维修三个月，期间公交线路将改道运行，市民可关注官方发布的信息。</p>"
        "<p>（记者 钱小川 罗一鸣）</p></div></body></html>"
    )
    article = cqnews.parse(html)
    assert article.authors == ["钱小川", "罗一鸣"]
    assert all("钱小川" not in block.text for block in article.body)


_ZH_LEDE = "今天上午，市交通局召开新闻发布会，介绍了轨道交通新线的建设情况。新线年底通车，全程只需二十分钟。"


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        ("文/图 记者 钱小川 ", ["钱小川"]),
        ("本报记者 钱小川 罗一鸣 ", ["钱小川", "罗一鸣"]),
        ("（记者 刘翰书） ", ["刘翰书"]),
    ],
)
def test_a_byline_opening_a_chinese_paragraph_leaves_the_paragraph_in_the_body(lead: str, authors: list[str]) -> None:
    # the byline and the first paragraph in one <p>: the byline gives the authors, the prose stays body
    html = f"<html><body><h1>轨道交通新线年底通车</h1><div><p>{lead}{_ZH_LEDE}</p><p>{_ZH_LEDE}</p></div></body></html>"
    article = cqnews.parse(html)
    assert article.authors == authors
    assert [block.text for block in article.body] == [_ZH_LEDE, _ZH_LEDE]


def test_a_chinese_sentence_opening_with_the_reporter_is_no_byline() -> None:
    text = "记者 钱小川说，新线年底通车，全程只需二十分钟，市民出行更加方便。"
    article = cqnews.parse(f"<html><body><h1>新线年底通车</h1><div><p>{text}</p><p>{_ZH_LEDE}</p></div></body></html>")
    assert article.body[0].text == text
