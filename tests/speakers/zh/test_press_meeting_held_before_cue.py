"""A body or a description that holds a meeting with the press right before the cue (市卫健委召开新闻发布会表示, 立委
今天召開記者會指出, 县政府举行情况通报会介绍) speaks; the verb and the meeting are the frame of the cue, as an
interview given is, no part of who speaks.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_health_commission_holds_a_press_conference() -> None:
    assert said("市卫健委召开新闻发布会表示，全市疫情总体可控。") == [("市卫健委", None)]


def test_a_time_word_before_the_meeting() -> None:
    assert said("市教育局昨天召开新闻发布会表示，今年将新增学位一万个。") == [("市教育局", None)]


def test_party_legislators_unnamed_in_traditional_characters() -> None:
    assert said("國民黨立委今天召開記者會指出，政府應說明採購細節。") == [(None, "國民黨立委")]


def test_county_government_briefing() -> None:
    assert said("县政府举行情况通报会介绍，今年全县经济增长百分之六。") == [("县政府", None)]
