"""A surname and a title (王区长) names again the person written after that very title (区长王刚), never one written
after the same title with a rank before it (副区长王红, 常务副县长赵亮): 副 and a title is another office.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_head_of_district_named_before_the_deputy() -> None:
    text = "区长王刚和副区长王红出席了会议。王区长说：“今年要修三条路。”"
    assert speakers(text) == ["王刚"]


def test_mayor_named_before_the_deputy_mayor() -> None:
    text = "市长李明和副市长李强视察了工地。李市长表示，工程要按期完成。"
    assert speakers(text) == ["李明"]


def test_county_head_before_the_executive_deputy() -> None:
    text = "县长赵明、常务副县长赵亮到场。赵县长说：“要抓紧施工。”"
    assert speakers(text) == ["赵明"]


def test_the_deputy_is_still_named_by_the_ranked_title() -> None:
    text = "区长王刚和副区长王红出席了会议。王副区长说：“今年要修三条路。”"
    assert speakers(text) == ["王红"]
