"""An interview's question line ("记者：今年的重点工作是什么？") opens with a reporter's label but is article text;
a byline of the same label ("记者：王明") is still a credit line."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.extract.boilerplate import is_credit_line

_QUESTIONS = (
    "记者：今年全市交通建设的重点工作是什么？",
    "记者：新线通车以后，沿线居民的出行时间能缩短多少？",
    "记者：请您谈谈明年轨道交通建设的主要安排。",
    "记者：市民最关心的停车难问题怎么解决",
)
_ANSWERS = (
    "钱局长：今年我们将全力推进三条轨道交通线路建设，其中两条预计年底前建成通车，沿线市民出行将更加方便快捷。",
    "钱局长：根据我们的测算，新线开通以后，沿线居民进城的时间平均可以缩短二十分钟左右，早晚高峰的拥堵也会缓解。",
    "钱局长：明年我们将在主城区新开工两条线路，同时加快既有线路的改造升级，让轨道交通覆盖更多的居民小区。",
    "钱局长：我们计划在老旧小区周边新建一批公共停车场，同时推广错时共享停车，力争三年内基本缓解停车难问题。",
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        *((question, False) for question in _QUESTIONS),
        ("Reporter: What comes next for the river bridge?", False),
        ("记者：钱小川", True),
        ("记者：钱小川 罗一鸣", True),
        ("记者 钱小川 罗一鸣", True),
        ("（记者 钱小川）", True),
        ("本报记者 钱小川 通讯员 罗一鸣", True),
        ("通讯员：罗一鸣", True),
        ("Reporter: Marta Ilves", True),
        ("责任编辑：钱小川", True),
        # A credit closing with a full stop is still a credit; only a question mark makes any label's line a sentence.
        ("责任编辑：钱小川。", True),
        ("来源：新华社。", True),
        ("Photo: Reuters.", True),
    ],
)
def test_a_question_is_no_credit_line(line: str, expected: bool) -> None:
    assert is_credit_line(line) is expected


def _interview(rounds: int) -> list[str]:
    return [line for n in range(rounds) for line in (_QUESTIONS[n % 4], _ANSWERS[n % 4])]


def test_a_plain_text_interview_keeps_every_question() -> None:
    lines = _interview(12)
    article = cqnews.parse("\n".join(["专访市交通局局长钱明：让市民出行更方便", "本报记者 钱小川 罗一鸣", *lines]))
    assert [block.text for block in article.body] == lines
    assert [credit.name for credit in article.credits] == ["钱小川", "罗一鸣"]


def test_an_html_interview_keeps_every_question() -> None:
    lines = _interview(12)
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    html = (
        "<html><head><meta charset='utf-8'><title>专访</title></head><body><article>"
        f"<h1>专访市交通局局长钱明：让市民出行更方便</h1><p>记者：钱小川</p>{paragraphs}</article></body></html>"
    )
    article = cqnews.parse(html)
    assert [block.text for block in article.body] == lines
    assert [credit.name for credit in article.credits] == ["钱小川"]
