"""Chinese written with half-width marks (,:;?!), as some portals write it, is read as with the full-width ones;
the quotes keep the marks as written (made-up sentences, the expected quotes read from the sentences)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.kind.value, q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_a_guess_after_a_halfwidth_comma_goes_on_as_after_a_fullwidth_one() -> None:
    # (…，估计… goes on with the clause it explains: tests/quotes/zh/test_guess_goes_on.py)
    assert _quotes("警方表示,早前确认王某的手机信号已经消失,估计是因为手机没电。") == [
        ("indirect", "早前确认王某的手机信号已经消失,估计是因为手机没电。", "警方"),
    ]


def test_a_worry_after_a_halfwidth_comma_is_a_report_of_its_own() -> None:
    assert _quotes("刘明批评食品卫生部门工作懈怠,担心市场成为传播病毒的温床。") == [
        ("indirect", "食品卫生部门工作懈怠", "刘明"),
        ("indirect", "市场成为传播病毒的温床。", "刘明"),
    ]


def test_a_view_after_a_halfwidth_comma_keeps_its_marks_as_written() -> None:
    assert _quotes("李大伟表示,对方无视公告栏的规定,认为对方没有意愿理性沟通,故上前阻止。") == [
        ("indirect", "对方无视公告栏的规定", "李大伟"),
        ("indirect", "对方没有意愿理性沟通,故上前阻止。", "李大伟"),
    ]


def test_the_same_as_with_fullwidth_marks() -> None:
    full = "警方表示，早前确认王某的手机信号已经消失，估计是因为手机没电。"
    half = full.replace("，", ",")
    assert [(k, t.replace(",", "，"), s) for k, t, s in _quotes(half)] == _quotes(full)


def test_a_number_keeps_its_halfwidth_comma() -> None:
    assert _quotes("张强指出,今年的收入达到1,000万元;明年还会更多。") == [
        ("indirect", "今年的收入达到1,000万元;明年还会更多。", "张强"),
    ]
