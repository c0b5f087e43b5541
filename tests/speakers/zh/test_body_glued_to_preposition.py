"""A body's name jieba's model does not know read with the preposition after it as one noun (市卫|健委在/n 新闻发布会上
表示): the name ends before 在, and the phrase of where it spoke is no part of the speaker."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_health_commission_before_a_press_conference() -> None:
    said = text_said_in("市卫健委在新闻发布会上表示，全市疫情总体可控。")
    assert said == [("全市疫情总体可控。", "市卫健委", None)]


def test_provincial_commission_before_a_meeting() -> None:
    said = text_said_in("省卫健委在会上表示，基层医疗机构将增加床位。")
    assert said == [("基层医疗机构将增加床位。", "省卫健委", None)]
