"""A bureau named again as 局方 (the bureau's side) is the bureau named before, and a reply written 回覆
(traditional script) is no part of the speaker.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_bureaus_side_is_the_bureau_named_before() -> None:
    assert speakers("本報記者向教育局查詢，局方回覆指，會跟進事件，並會加強監察。") == ["教育局"]


def test_a_reply_in_traditional_script_is_no_part_of_the_speaker() -> None:
    assert speakers("記者向教育局查詢，教育局答覆稱，會跟進事件，並會加強監察。") == ["教育局"]


def test_the_bureaus_side_with_no_bureau_before_stays_as_written() -> None:
    assert speakers("局方表示，會跟進事件，並會加強監察。") == ["局方"]
