"""A short Chinese quote right after a denied cue (王明并未表示“支持”, 他没有说“我不去”) is no words said: the cue
reports nothing, so the quote is a term or words the person did not say.

Every sentence is made up; quotes are read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import direct_texts


def test_denied_cue_reports_no_short_quote() -> None:
    assert direct_texts("王明并未表示“支持”。", "zh") == []
    assert direct_texts("他没有说“我不去”。", "zh") == []
    assert direct_texts("王明表示“支持”。", "zh") == ["支持"]  # (the same cue, not denied, reports it)


def test_refused_cue_reports_no_short_quote() -> None:
    assert direct_texts("王明拒绝回应“辞职”传闻。", "zh") == []

