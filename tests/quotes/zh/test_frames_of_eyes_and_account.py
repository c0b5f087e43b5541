"""在王明眼中，“…” and 在同学王明的描述中，“…” (in his eyes, in his account) report the quote right after them, as
在王明看来 does; without a quote mark after them they report nothing (在公众眼中，这件事…: a view, no one's words).

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said, speakers

_WORDS = "“她是我们班学习成绩最好的同学之一。在我的印象里，她有点内向，总是和和气气的。”"


def test_a_quote_after_someone_s_eyes_is_theirs() -> None:
    assert speakers("在王建国眼中，" + _WORDS) == ["王建国"]
    assert speakers("而在王建国眼里，" + _WORDS) == ["王建国"]


def test_a_quote_after_someone_s_account_is_theirs() -> None:
    text = "今天回想起来，仍有同学能描述出她当年的样子。在同学王建国的描述中，" + _WORDS
    assert said(text) == [("王建国", "同学")]


def test_a_view_without_quote_marks_reports_nothing() -> None:
    assert speakers("在公众眼中，这件事没有那么简单，政府应该出面。") == []


def test_eyes_without_the_frame_are_no_cue() -> None:
    # 王建国眼中含着泪 (tears in his eyes): no 在 opens the clause, so 眼中 reports nothing (the quote is his as the
    # subject before it, not by the frame)
    quotes = find_quotes([Block(text="王建国眼中含着泪，“她是我们班学习成绩最好的同学之一，总是和和气气的。”")], "zh")
    assert [q.cue for q in quotes] == [None]
