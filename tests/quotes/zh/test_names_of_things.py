"""A quoted phrase ending in the last word of a programme's, a prize's, an office's or a document's name (“…计划”,
“…奖”, “…中心”, “…通知”), with no mark inside, names a thing: no quote, even after a cue (gold README: names)."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_named_programme_after_a_cue_is_no_quote() -> None:
    found = quotes_in("zh", "市长表示，全市将继续推进“绿色家园计划”，让更多居民受益。")
    assert [q for q in found if q[0] == "direct"] == []


def test_named_prize_and_notice_are_no_quotes() -> None:
    found = quotes_in("zh", "王明透露，他已入围“全国青年乡村教师奖”。")
    assert [q for q in found if q[0] == "direct"] == []
    found = quotes_in("zh", "李华说，会上班长宣读了“关于调整夜班津贴的通知”。")
    assert [q for q in found if q[0] == "direct"] == []


def test_words_said_ending_in_such_a_word_stay_a_quote() -> None:
    assert quotes_in("zh", "王明说：“我们明年还会有新的计划。”") == [("direct", "我们明年还会有新的计划。", "王明")]
    assert quotes_in("zh", "李华告诉记者：“这是我们的计划，我们会做到。”") == [
        ("direct", "这是我们的计划，我们会做到。", "李华")
    ]
