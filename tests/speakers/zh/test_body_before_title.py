"""An organisation's name the segmenter tags so (民建联/nt, 国民党/nt) and a title after it, nobody named: the office's
unnamed holder (name None, the whole the role), never a person called 民建联. Every sentence is made up; each
expected value is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_party_chair_unnamed_traditional() -> None:
    assert said("民建聯主席表示：「我們支持這個方案。」") == [(None, "民建聯主席")]


def test_party_chair_unnamed_after_the_quote() -> None:
    assert said("“我们支持这个方案。”国民党主席说。") == [(None, "国民党主席")]


def test_party_chair_with_a_name_is_that_person() -> None:
    assert said("民建联主席谭明表示：“我们支持这个方案。”") == [("谭明", "民建联主席")]


def test_office_the_title_tables_lack_after_a_body() -> None:
    # (an officer's title ending as a head's does, 秘书长, 总干事, 检察长, 理事长: not read as an organisation)
    assert said("民进党秘书长说：“我们会全力辅选。”") == [(None, "民进党秘书长")]
    assert said("“疫情还没有结束。”世卫组织总干事表示。") == [(None, "世卫组织总干事")]
    assert said("市检察院检察长说：“案件正在审查。”") == [(None, "市检察院检察长")]
    assert said("自来水公司理事长表示：“水价不会上涨。”") == [(None, "自来水公司理事长")]


def test_office_the_title_tables_lack_with_a_name_after_it() -> None:
    assert said("民进党秘书长林伟表示：“我们会全力辅选。”") == [("林伟", "民进党秘书长")]
