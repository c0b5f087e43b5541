"""A noun of a kind of person of two characters (果农, 焊工) before a name: jieba reads the noun's last character with
the surname as a word (果/农林/峰, 焊/工程/峰) and leaves the given name alone; the noun and the name are two words,
the role and the speaker.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_a_grower_and_the_name_after_it() -> None:
    assert said("果农林峰说：“今年的苹果卖得很好。”") == [("林峰", "果农")]
    assert said("茶农田芳表示，今年的春茶很好卖。") == [("田芳", "茶农")]
    assert said("菜农林强说：“今年的菜价还不错。”") == [("林强", "菜农")]
    assert said("花农林芳告诉记者：“鲜花卖得不错。”") == [("林芳", "花农")]


def test_a_worker_and_the_name_after_it() -> None:
    assert said("焊工程峰说：“这条焊缝要重新焊。”") == [("程峰", "焊工")]
    assert said("矿工程芳说：“井下的通风很好。”") == [("程芳", "矿工")]


def test_a_field_after_a_conjunction_stays_a_field() -> None:
    words = [t.word for t in segmenter.tag("如果农田被淹，损失会很大。")]
    assert "农田" in words
