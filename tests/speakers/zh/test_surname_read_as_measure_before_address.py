"""A surname jieba reads as a measure word (张/q: a sheet) right before a form of address set after surnames (大爷,
阿姨, 奶奶) names that person wherever the sentence puts them, not only right before a verb of saying: a 他/她 of the
next sentence goes back to them. With a number or a demonstrative before it, it stays a measure (三张, 这张)."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def _words(text: str) -> list[str]:
    return [t.word for t in segmenter.tag(text)]


def test_an_old_man_of_the_village_introduced_before_he_speaks() -> None:
    assert speakers("张大爷今年七十多岁，老伴身体不好。他说：“多亏了家庭医生经常上门。”") == ["张大爷"]


def test_an_aunt_met_by_the_reporter() -> None:
    assert speakers("记者见到张阿姨时，她正在小区里打扫卫生。她笑着说：“干净了大家都舒服。”") == ["张阿姨"]


def test_the_surname_and_address_are_one_word() -> None:
    assert "张奶奶" in _words("张奶奶今年九十岁了。")


def test_pictures_counted_stay_a_measure() -> None:
    assert "张大爷" not in _words("他拿出两张大爷年轻时的照片。")
    assert "张大爷" not in _words("这张大爷年轻时的照片很珍贵。")
