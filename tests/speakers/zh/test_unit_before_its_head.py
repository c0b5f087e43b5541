"""A unit jieba tags a name (幼儿园/nr, 养老院/nr) right before the title of its head (园长, 院长) is the unit, a noun:
the person named after the title speaks, the unit and the title are the role; before, the unit was the speaker's
name. Every sentence is made up; each expected value is read off the sentence."""

from __future__ import annotations

from cqnews.enrich.segmenter import tag
from tests.quote_helpers import said


def test_unit_tagged_name_before_its_head() -> None:
    assert [(t.word, t.tag) for t in tag("幼儿园园长张红")] == [("幼儿园", "n"), ("园长", "n"), ("张红", "nr")]
    first = tag("敬老院院长李华")[0]
    assert (first.word, first.tag) == ("敬老院", "n")


def test_head_of_the_unit_speaks() -> None:
    assert said("幼儿园园长张红说：“孩子们都很喜欢新操场。”") == [("张红", "幼儿园园长")]
    assert said("“孩子们都很喜欢。”幼儿园园长张红满意地点点头。") == [("张红", "幼儿园园长")]


def test_name_before_another_title_stays_a_name() -> None:
    first = tag("张建国国务卿")[0]
    assert (first.word, first.tag) == ("张建国", "nr")
