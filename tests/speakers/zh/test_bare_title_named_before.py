"""A title alone as the subject of a cue (院长说, 书记表示) names again the person written right after that title
before (医院院长孙立华… / 院长说 -> 孙立华), not a person called 院长. Every sentence is made up; each expected
speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_title_alone_in_the_next_paragraph() -> None:
    said = said_in("儿童医院院长孙立华昨天介绍了扩建的进展。", "院长说：“新的住院楼年底就能用上。”")
    assert said[0][0] == "孙立华"


def test_title_alone_in_the_same_paragraph() -> None:
    said = said_in("镇党委书记刘海涛一早来到堤坝上。书记说：“今晚每个人都要守在岗位上。”")
    assert said[0][0] == "刘海涛"


def test_title_alone_after_the_name_in_the_same_sentence_before() -> None:
    said = said_in("区人民医院院长陈立新和护士们一起清点物资，院长说：“口罩还能用一周。”")
    assert said[0][0] == "陈立新"


def test_traditional_title_alone() -> None:
    said = said_in("交通局局長何志明到場視察。局長說：「道路下週就會重新開放。」")
    assert said[0][0] == "何志明"
