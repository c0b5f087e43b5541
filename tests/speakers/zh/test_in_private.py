"""A word of speaking in private between the speaker and the cue (员工私下里透露, 人士私底下表示) tells how the
speaker speaks, no part of who, as 私下 does; jieba reads 私下里 and 私底下 as words of their own.

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_in_private_before_the_cue() -> None:
    assert mentions("一名不愿透露姓名的员工私下里透露，工厂下个月就要停产了。") == ["一名不愿透露姓名的员工"]
    assert mentions("一位熟悉内情的人士私底下表示，这笔交易很可能会告吹。") == ["一位熟悉内情的人士"]
