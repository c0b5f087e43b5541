"""Words said as the means of answering off or turning down (物业经理以“没有名额”回绝了申请, 对方总以“领导不在”推脱) are a
quote, as words said as the means of a verb of speech (以“纯属谣言”回应) are; before, they were dropped as a term. A name
after 以 before 为名 stays no quote."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def test_words_said_as_the_means_of_turning_down() -> None:
    assert [t for t, _ in direct_said("物业经理以“没有名额”回绝了他的申请。", language="zh")] == ["没有名额"]
    assert [t for t, _ in direct_said("窗口人员总是以“领导不在”推脱。", language="zh")] == ["领导不在"]


def test_a_name_given_as_a_pretext_stays_no_quote() -> None:
    assert direct_said("村里以“乡村振兴”为名征地。", language="zh") == []
