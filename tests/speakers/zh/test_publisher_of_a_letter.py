"""Who publishes an open letter or a writ before a cue (工会发表公开信指出, jieba tagging 公开信 a name) speaks, as who
publishes a statement does (该公司发布声明称)."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_union_publishing_an_open_letter() -> None:
    said = text_said_in("工会发表公开信指出，工人的合法权益应得到保障。")
    assert said == [("工人的合法权益应得到保障。", "工会", None)]


def test_open_letter_in_traditional_characters() -> None:
    said = text_said_in("工會發表公開信指出，工人的合法權益應得到保障。")
    assert said == [("工人的合法權益應得到保障。", "工會", None)]


def test_association_issuing_an_open_letter_after_a_day() -> None:
    said = text_said_in("行业协会昨日发出公开信呼吁，会员企业遵守价格规定。")
    assert said == [("会员企业遵守价格规定。", "行业协会", None)]
