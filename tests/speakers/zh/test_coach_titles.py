"""A coach's title (主教练, 主帅) before a transliterated name is the role, not part of the name, as 总统 or 秘书长
is (主教练扬科维奇 -> 扬科维奇, role 主教练), however the segmenter cuts the name.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_a_head_coach_after_the_match() -> None:
    assert said("主教练扬科维奇赛后说，球队的防守还要加强。") == [("扬科维奇", "主教练")]


def test_a_head_coach_after_a_quote() -> None:
    assert speakers("“我们会吸取这场比赛的教训。”国足主教练斯卢茨基说。") == ["斯卢茨基"]


def test_a_manager_called_by_the_press_word() -> None:
    assert speakers("主帅伊万科维奇表示，队员们打出了应有的水平。") == ["伊万科维奇"]
