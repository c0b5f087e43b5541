"""A surname and a title (张副市长, 李局长) names again the person of that surname written right after that title,
when two people of the surname were named (副市长张华和局长张伟… / 张副市长说 -> 张华), not merely the latest one
of the surname. Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_the_first_of_two_of_one_surname() -> None:
    said = speakers_in("副市长张华和交通局局长张伟一同察看了工地。张副市长说：“年底前必须通车。”")
    assert said == ["张华"]


def test_the_second_of_two_of_one_surname() -> None:
    said = speakers_in("副市长张华和交通局局长张伟一同察看了工地。", "张局长表示：“材料已经备齐。”")
    assert said == ["张伟"]


def test_a_quoted_namesake_does_not_take_the_title() -> None:
    said = speakers_in(
        "“我们盼了好多年。”村民李红霞说。", "教育局局长李国平随后来到学校。", "李局长说：“新校舍九月就能用。”"
    )
    assert said == ["李红霞", "李国平"]
