"""A surname and 委员 or 代表 (黄委员, 林代表: a member of a political consultative conference, a deputy of a
people's congress) names again the person of that surname named in full with that title before (市政协委员黄文东…
/ 黄委员说 -> 黄文东), as 刘局长 does. Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_member_of_a_consultative_conference() -> None:
    said = speakers_in("市政协委员黄文东今年提交了三份提案。", "黄委员说：“养老服务要往社区里延伸。”")
    assert said == ["黄文东"]


def test_deputy_of_a_congress() -> None:
    said = speakers_in("省人大代表林晓燕在分组讨论时发言。", "林代表表示：“农村学校的师资还要加强。”")
    assert said == ["林晓燕"]


def test_deputy_named_first_keeps_the_full_name() -> None:
    assert speakers_in("全国人大代表周建新说：“要让数据多跑路。”") == ["周建新"]
