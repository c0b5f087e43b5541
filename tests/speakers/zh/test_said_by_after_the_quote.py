"""A quote paragraph with no speaker, and the paragraph after it naming who said it (“…” / 说这话的是56岁的村民
刘大爷。): the person after 是 speaks the quote, with the description before the name as role. Every sentence is
made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_named_with_a_description() -> None:
    said = said_in("“桥修好了，孩子们上学再也不用绕远路了。”", "说这话的是63岁的村民杨德福。他在这里住了一辈子。")
    assert said == [("杨德福", "63岁的村民")]


def test_two_quote_paragraphs_and_a_comma_before_is() -> None:
    said = said_in("“我们不会放弃。”", "“只要有一线希望就要找下去。”", "说出这番话的，是救援队队长林海峰。")
    assert [name for name, _ in said] == ["林海峰", "林海峰"]


def test_named_and_the_sentence_goes_on() -> None:
    said = said_in("“这片林子是我们一棵一棵种出来的。”", "说这话的人正是护林员赵长青，他已经守了三十年。")
    assert said == [("赵长青", "护林员")]


def test_an_unnamed_person() -> None:
    assert said_in("“每天凌晨三点就得起床。”", "说这话的是一位环卫工人。") == [(None, "一位环卫工人")]


def test_a_quote_with_its_own_speaker_keeps_it() -> None:
    said = said_in("“路修好了。”村支书王德明说。", "说这话的是63岁的村民杨德福。")
    assert said == [("王德明", "村支书")]


def test_one_cleft_right_after_the_quote_or_opening_the_next_paragraph() -> None:
    # 说这段话的, 说此番话的: the cleft read right after a quote is the one read opening the paragraph after it.
    inline = said_in("“以后每个周末我都会来。”说这段话的是志愿者刘晓红。")
    after = said_in("“再难也要把路修通。”", "说此番话的,正是镇长周国平。")
    assert [name for name, _ in inline + after] == ["刘晓红", "周国平"]
