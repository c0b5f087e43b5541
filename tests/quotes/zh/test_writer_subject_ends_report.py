"""A report running on over the sentences after it stops before a sentence whose subject is the writer, whatever the
writer does (…。记者将持续关注此事。, …。笔者随后又走访了…): the writer's own account, no words of the speaker. A
press conference (记者会上，…) is another word and changes nothing."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_the_writer_following_up_ends_the_report() -> None:
    text = "该厂法务部门负责人表示，工厂将通过法律途径维护自身权益，目前已经向法院递交了起诉状。记者将持续关注此事进展。"
    assert reported(text, "zh") == ["工厂将通过法律途径维护自身权益，目前已经向法院递交了起诉状。"]


def test_the_writer_going_on_with_a_visit_after_a_colon() -> None:
    text = "一名果农介绍：今年雨水多，橘子的个头偏小，价格也比去年低了两成。笔者随后又走访了附近的几个村子。"
    assert reported(text, "zh") == ["今年雨水多，橘子的个头偏小，价格也比去年低了两成。"]
