"""A user's handle in quote marks after the noun of a user, then a phrase of a preposition saying where or to whom
the user posted before the cue (網民「阿樂」在討論區發文指，…; 网友“青山客”向记者表示，…): the handle speaks, the
place is no speaker."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_handle_posting_on_a_forum() -> None:
    assert said("網民「阿樂」在討論區發文指，那間茶餐廳的奶茶越來越淡。") == [("阿樂", "網民")]


def test_a_handle_posting_on_a_forum_with_a_localiser() -> None:
    assert said("网友“青山客”在论坛上发帖称，小区的快递柜经常无法取件。") == [("青山客", "网友")]
