"""A transliterated name jieba cut around the part it tags a transliteration (埃/尔多/安, 阿尔巴尼/斯) is read whole,
also as the one a later 他 stands for; a lone character that ends another name's run stays with it.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def test_he_after_a_name_cut_on_both_sides_is_the_whole_name() -> None:
    assert speakers("埃尔多安周二抵达东京。他表示，两国关系很重要。") == ["埃尔多安"]


def test_he_after_a_name_cut_before_its_last_character_is_the_whole_name() -> None:
    assert speakers("阿尔巴尼斯周二抵达东京。他表示，两国关系很重要。") == ["阿尔巴尼斯"]


def test_a_conjunction_beside_a_transliteration_is_no_part_of_it() -> None:
    words = [t.word for t in segmenter.tag("拜登和默克尔表示")]
    assert words[:3] == ["拜登", "和", "默克尔"]
