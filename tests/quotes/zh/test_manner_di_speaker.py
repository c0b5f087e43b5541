"""A word of manner the segmenter reads with its 地 (冷冷地, 静静地) before 说 is how the speaker speaks, not who.

Every sentence is made up; the speakers are read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers as _speakers


def test_a_cold_manner_before_shuo_is_no_part_of_the_name() -> None:
    assert _speakers("王明冷冷地说：“出去。”") == ["王明"]


def test_quiet_and_gentle_manners_before_shuo() -> None:
    assert _speakers("李秀兰静静地说：“都过去了。”") == ["李秀兰"]
    assert _speakers("张建国轻轻地说：“睡吧。”") == ["张建国"]
