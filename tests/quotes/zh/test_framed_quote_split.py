"""A quote split around a frame with no subject (“…，”回忆起当年，老人感慨万千，“…”): the first half is the words of the
one described after the frame, who speaks the second half too (made-up paragraphs of a county media centre's
feature on an elder)."""

from __future__ import annotations

from tests.quote_helpers import who_speaks


def test_elder_after_a_frame_of_remembering() -> None:
    p = "“那时候家里穷，一年到头吃不上一顿肉，”回忆起当年，老人感慨万千，“现在天天都像过年。”"
    assert who_speaks(p, "zh") == ["老人", "老人"]


def test_villagers_after_a_frame_of_talking() -> None:
    p = "“那时候一天只能挣几毛钱，”说起过去，村民们笑着说，“现在在家门口就能打工。”"
    assert who_speaks(p, "zh") == ["村民们", "村民们"]


def test_named_person_after_the_frame_still_speaks() -> None:
    p = "“那时候家里穷，一年到头吃不上一顿肉，”回忆起当年，王奶奶感慨万千，“现在天天都像过年。”"
    assert who_speaks(p, "zh") == ["王奶奶", "王奶奶"]
