"""老师 (a teacher) before a name opening with a surname whose 师 jieba reads into the name (老/师范雨欣: 师范, a normal
school, is a word of its dictionary) is the noun 老师 and the teacher's name: the speaker is 范雨欣, the teacher her
role. 老师傅 (a master craftsman) stays one word."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_a_volunteer_teacher_speaking() -> None:
    assert said("支教老师范雨欣说：“山里的孩子特别懂事。”") == [("范雨欣", "支教老师")]


def test_an_art_teacher_after_the_quote() -> None:
    assert said("“孩子们进步很快。”美术老师范小琴介绍。") == [("范小琴", "美术老师")]


def test_a_master_craftsman_stays_one_word() -> None:
    assert [t.word for t in segmenter.tag("老师傅王建国说")][:2] == ["老师傅", "王建国"]
