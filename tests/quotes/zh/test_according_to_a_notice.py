"""据 + a body + 通报 (据市公安局通报，…): the body's notice, a document noun as in 据…消息 and 据…报道, reports the
clause after it, and the body is its source. 通报 alone (市政府通报了事故情况) is no cue.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_according_to_a_notice_of_the_police() -> None:
    assert said("据市公安局通报，两名嫌疑人已被抓获，案件正在审理中。") == [("市公安局", None)]


def test_according_to_a_notice_opened_by_genju() -> None:
    assert said("根据县卫健委通报，全县新增病例三例，均为外地输入。") == [("县卫健委", None)]


def test_a_notice_without_ju_reports_nothing() -> None:
    assert said("市政府通报了事故情况，两人受伤。") == []
