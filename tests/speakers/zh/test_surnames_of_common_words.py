"""Surnames that are words of their own (花 "flower, to spend") or rare (荆, 冀, 漆) after a title and before a
cue: before, 首席经济学家花长江 was read as one name (花/v 长江/ns: a verb and a river), the title inside it. Every
sentence is made up; each expected value is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_surname_hua_after_a_title() -> None:
    assert said("首席经济学家花长江认为，明年消费有望回暖。") == [("花长江", "首席经济学家")]
    assert said("研究员花长江表示：“明年消费有望回暖。”") == [("花长江", "研究员")]


def test_rare_surnames_after_a_title() -> None:
    assert said("县长冀东表示，将全力保障供暖。") == [("冀东", "县长")]
    assert said("村民漆大勇说：“水终于通了。”") == [("漆大勇", "村民")]
