"""A year written digit by digit in characters (二〇二四年) right after a name: jieba's model glues the first digit to
the name (张伟二/nr) and tags the zero (〇) a symbol, so the speaker read "张伟二〇". The digits are the year's.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_the_first_digit_of_the_year_is_no_part_of_the_name() -> None:
    assert said("张伟二〇二四年底表示，项目进展顺利，明年将全面完工。") == [("张伟", None)]
    assert said("刘小梅二〇二三年表示：“明年我们还会再来。”") == [("刘小梅", None)]


def test_the_zero_in_characters_is_a_digit() -> None:
    tokens = segmenter.tag("张伟二〇二四年底表示")
    assert tokens[0].word == "张伟"
    assert all(t.tag == "m" for t in tokens if t.word == "〇")


def test_a_name_ending_in_a_digit_before_no_number_keeps_it() -> None:
    assert segmenter.tag("王老五说")[0].word == "王老五"
