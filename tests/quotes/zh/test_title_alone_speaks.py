"""A title alone before the cue (主任说：“…”) names someone who speaks, though jieba tags 主任 a distinguishing word:
before, it was read as a word of the predicate (是, 主要) and the quote was dropped with it."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def test_title_alone_before_the_cue_keeps_the_quote_and_speaks() -> None:
    assert direct_said("主任说：“这批物资今天必须送到。”", language="zh") == [("这批物资今天必须送到。", "主任")]
