"""A quote right after a short tag in square brackets opening its paragraph (【现场声】“…”, [同期]“…”, as county media
centres and city TV write their sound bites) heads its paragraph: a sentence said there is a quote, as one opening the
paragraph is. A term after a tag stays no quote."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def test_sentence_after_a_tag_is_a_quote() -> None:
    assert direct_said("【现场声】“请大家排好队，注意脚下！”", language="zh") == [("请大家排好队，注意脚下！", None)]
    assert direct_said("[同期]“我们会尽快把桥修好。”", language="zh") == [("我们会尽快把桥修好。", None)]


def test_term_after_a_tag_stays_no_quote() -> None:
    assert direct_said("【图】“乡村振兴”", language="zh") == []
