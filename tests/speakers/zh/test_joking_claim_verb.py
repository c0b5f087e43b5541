"""A verb of saying ending in 称 that says it in jest (戏称, 谑称) is the cue as a whole: its first character is no
end of the speaker's name (王建国戏称 -> 王建国, not 王建国戏).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions, said


def test_a_name_before_a_joking_cue() -> None:
    assert said("王建国戏称：“我这是第二次创业了。”") == [("王建国", None)]
    assert said("“我这是第二次创业了。”王建国戏称。") == [("王建国", None)]
    assert said("陈志强谑称：“我就是个打工的。”") == [("陈志强", None)]


def test_a_familiar_name_and_a_noun_of_people_before_a_joking_cue() -> None:
    assert said("老李戏称：“我们这是老年创业团。”") == [("老李", None)]
    assert mentions("村民们戏称：“这是我们的网红桥。”") == ["村民们"]


def test_a_place_before_a_joking_cue() -> None:
    assert said("张丽华在采访中戏称：“我是半路出家。”") == [("张丽华", None)]
