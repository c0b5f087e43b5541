"""A Chinese name whose first two characters jieba's dictionary reads as a word (王国/ns: a kingdom) and whose last
it tags a bound morpheme (庆/vg) is one name after a title or a noun of a person, whatever follows: a pronoun in the
next sentence can go back to it."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def test_the_name_after_a_village_title_is_whole() -> None:
    words = [t.word for t in segmenter.tag("村支书王国庆也赶来了")]
    assert words[:3] == ["村支书", "王国庆", "也"]


def test_he_after_the_secretary_so_named_is_him() -> None:
    assert speakers("村支书王国庆也赶来了。他说：“这条路修通了，大家出门就方便了。”") == ["王国庆"]


def test_a_country_before_a_morpheme_is_no_name() -> None:
    words = [t.word for t in segmenter.tag("这批美国产的汽车")]
    assert "美国产" not in words
