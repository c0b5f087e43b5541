"""A full name of three characters that jieba cuts into common words (周长/n 贵/a: "perimeter" and "dear"), opening
the subject before a verb of what the person did (指着远处说), is the speaker's name: what the person did is no part
of it, and the phrase is no organisation. (After a noun of a person, 护林员周长贵, the segmenter joins it already.)"""

from __future__ import annotations

from tests.quote_helpers import said


def test_name_pointing_after_the_quote_is_the_name() -> None:
    assert said("“那边就是新修的水渠。”周长贵指着远处说。") == [("周长贵", None)]


def test_name_pointing_before_the_quote_is_the_name() -> None:
    assert said("周长贵指着远处说：“那边就是新修的水渠。”") == [("周长贵", None)]


def test_name_holding_up_a_form_is_the_name() -> None:
    assert said("“这张表下周一前交齐。”高明亮举起表格说。") == [("高明亮", None)]


def test_a_body_acting_stays_the_body() -> None:
    assert said("国务院新闻办公室发布消息称，会议将于下周召开。") == [("国务院新闻办公室", None)]
