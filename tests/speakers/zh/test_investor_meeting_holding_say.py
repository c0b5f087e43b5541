"""A company's meeting for investors, 法说会 (法人说明会, Taiwan) or 业说会 (业绩说明会, the mainland), holds the
verb 说: no cue there (jieba may glue its first character to 在: 在业/v 说), so the words
reported are those after the verb that follows (台积电董事长魏哲家在法说会上表示，…), never 会上表示，… as a quote of
its own. Every sentence is made up (Taiwanese and mainland business news); each expected speaker and text is read off it."""

from __future__ import annotations

from tests.quote_helpers import said, texts_in


def test_a_chairman_at_the_meeting_in_traditional_characters() -> None:
    text = "台積電董事長魏哲家在法說會上表示，明年營收將持續成長。"
    assert said(text) == [("魏哲家", "台積電董事長")]
    assert texts_in(text) == ["明年營收將持續成長。"]


def test_a_manager_in_the_meeting_of_the_day() -> None:
    text = "總經理林明昌在今天的法說會中指出，第四季出貨將季增一成。"
    assert texts_in(text) == ["第四季出貨將季增一成。"]


def test_the_meeting_in_simplified_characters() -> None:
    assert texts_in("公司在法说会上说，明年将扩产。") == ["明年将扩产。"]


def test_say_before_will_is_still_a_cue() -> None:
    assert texts_in("律师说，依法说会有结果。") == ["依法说会有结果。"]


def test_the_mainland_meeting_after_an_unnamed_manager() -> None:
    text = "公司总经理在业说会上表示，今年订单保持稳定增长。"
    assert said(text) == [(None, "公司总经理")]
    assert texts_in(text) == ["今年订单保持稳定增长。"]


def test_the_mainland_meeting_of_the_year_after_a_name() -> None:
    text = "董事长张伟在年度业说会上指出，新产线将于三季度投产。"
    assert said(text) == [("张伟", "董事长")]
    assert texts_in(text) == ["新产线将于三季度投产。"]


def test_the_mainland_meeting_in_traditional_characters() -> None:
    text = "財務長陳志偉在業說會中表示，毛利率可望回升。"
    assert said(text) == [("陳志偉", "財務長")]

