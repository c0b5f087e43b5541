"""The 时 closing a clause of time, which jieba glues to the first character of a verb of criticising after it
(质询/时痛/n 批/q): the segmenter gives 时 and the verb (质询/时/痛批), so that the one questioning speaks
(Session 60: 立委林淑芬质询时痛批，… gave no quote).

Every sentence is made up, in the shape of Taiwan papers' reports of the legislature; each expected quote is read
off the sentence.
"""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import text_said_in


def test_when_and_the_verb_apart() -> None:
    words = [(t.word, t.tag) for t in segmenter.tag("立委林淑芬质询时痛批，")]
    assert ("时", "n") in words
    assert ("痛批", "v") in words


def test_legislator_criticising_while_questioning() -> None:
    assert text_said_in("立委林淑芬质询时痛批，卫福部对疫苗采购毫无规划。") == [
        ("卫福部对疫苗采购毫无规划。", "林淑芬", "立委")
    ]


def test_councillor_criticising_when_interviewed() -> None:
    assert text_said_in("市议员陈怡君受访时怒批，市府的防汛工作一再拖延。") == [
        ("市府的防汛工作一再拖延。", "陈怡君", "市议员")
    ]
