"""老 (old) and a form of address set after surnames (老师傅, 老大爷, 老先生), which jieba tags a name, is a noun of a
kind of person: the speaker is described, never named 老师傅. 老 and a surname (老张) still names someone."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_old_master_at_work() -> None:
    assert said("一名老师傅一边干活一边说：“干这行得有耐心。”") == [(None, "一名老师傅")]


def test_an_old_man_after_the_quote() -> None:
    assert said("“以前这里全是泥巴路。”一位老大爷指着路面说。") == [(None, "一位老大爷")]


def test_an_old_gentleman_alone() -> None:
    assert said("老先生摆摆手说：“不用谢，应该的。”") == [(None, "老先生")]

