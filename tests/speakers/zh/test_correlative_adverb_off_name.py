"""边 written twice joins two actions done at once (边干活边说: says while working). The first 边, which jieba's model
glues to the end of a two-character name it does not know (王德边/nr), is the adverb when 边 comes again in the same
clause: the name ends before it. A name ending in 边 with no second 边 (刘海边说) is left as it was.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_working_and_saying() -> None:
    assert said("王德边干活边说：“活多了收入也多了。”") == [("王德", None)]


def test_walking_and_saying() -> None:
    assert said("李芳边走边说：“这条路是去年修的。”") == [("李芳", None)]


def test_the_name_and_the_adverb_apart() -> None:
    assert [t.word for t in segmenter.tag("李芳边走边说")][:2] == ["李芳", "边"]


def test_no_second_adverb_unchanged() -> None:
    assert segmenter.tag("刘海边说")[0].word == "刘海边"
