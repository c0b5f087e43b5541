"""Hong Kong pages write 指 ("says") and 斥 ("scolds") right after a three-character name and before the quote; jieba
reads the name's last character with the cue as one word (李家/超指, 黃偉/哲指), so the cue was lost and the quote
dropped. The name takes its last character back and the cue reports the quote."""

from __future__ import annotations

from tests.quote_helpers import said


def test_zhi_glued_to_the_name_before_a_corner_quote() -> None:
    assert said("黃偉哲指「市府會全力協助受災戶」。") == [("黃偉哲", None)]


def test_chi_glued_to_the_name_before_a_corner_quote() -> None:
    assert said("李家超斥「有人刻意抹黑警隊」。") == [("李家超", None)]


def test_zhi_read_apart_already_is_unchanged() -> None:
    assert said("保安局局長李家超指：「案件仍在調查。」") == [("李家超", "保安局局長")]
