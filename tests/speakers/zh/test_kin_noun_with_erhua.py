"""A noun of kin with the 儿 of northern speech (老伴儿, 孙女儿), which jieba tags a name, after an owner (张大爷的老伴儿)
is one's spouse or grandchild, described and unnamed, as 张大爷的老伴 is: no person named 老伴儿."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_an_old_mans_wife_adding_a_word() -> None:
    assert said("张大爷的老伴儿笑着补充：“他呀，天天往地里跑。”") == [(None, "张大爷的老伴儿")]


def test_a_grandmothers_granddaughter_speaking() -> None:
    assert said("刘奶奶的孙女儿告诉记者：“奶奶现在天天去跳广场舞。”") == [(None, "刘奶奶的孙女儿")]


def test_the_noun_of_kin_is_a_noun() -> None:
    assert [t.tag for t in segmenter.tag("张大爷的老伴儿") if t.word == "老伴儿"] == ["n"]
