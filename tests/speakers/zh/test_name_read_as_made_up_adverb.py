"""A name of two characters after a title that jieba's model reads as an adverb of its own making (创办人|何频/d|昨|
透露): the name, when a time word or a cue follows it."""

from __future__ import annotations

from tests.quote_helpers import text_said_in


def test_name_read_as_adverb_before_a_day() -> None:
    said = text_said_in("美国中文媒体创办人何频昨透露，他将在年底出版新书。")
    assert said == [("他将在年底出版新书。", "何频", "美国中文媒体创办人")]

