"""A date written in full-width digits (２０日, １２月５日, ２０２４年) between the speaker and the cue is one word of
number, as one in ASCII digits is: it ends the speaker, it is no part of it.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import speakers


def test_a_day_after_a_name() -> None:
    assert speakers("李建国２０日表示，新建的两所学校将于九月投入使用。") == ["李建国"]


def test_a_month_and_day_after_an_organisation() -> None:
    assert speakers("市教委１２月５日表示，寒假将从一月中旬开始。") == ["市教委"]


def test_a_year_after_a_spokesperson() -> None:
    assert speakers("外交部发言人毛宁２０２４年曾表示，中方对此坚决反对。") == ["毛宁"]


def test_a_day_after_a_transliterated_name() -> None:
    assert speakers("美国国务卿布林肯５日下午说，双方的会谈富有成果。") == ["布林肯"]


def test_the_figure_is_one_word_as_written() -> None:
    assert [t.word for t in segmenter.tag("王明２０日表示")] == ["王明", "２０", "日", "表示"]
