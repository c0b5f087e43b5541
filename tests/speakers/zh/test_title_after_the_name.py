"""A title written after the full name (王志刚院长, 陈国华市长) names that person for the title alone later (院长说), as
a title before the name does (院长王志刚); a lone surname before it (张局长) is no such name."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_title_after_the_name_in_the_paragraph_before() -> None:
    said = text_said_in("王志刚院长表示，医院将增加五十张床位。", "院长说，明年还将引进一批专家。")
    assert said[-1] == ("明年还将引进一批专家。", "王志刚", "院长")


def test_title_after_the_name_in_the_same_paragraph() -> None:
    said = text_said_in("记者采访了陈国华市长。市长表示，新区道路年底前全线通车。")
    assert said == [("新区道路年底前全线通车。", "陈国华", "市长")]
