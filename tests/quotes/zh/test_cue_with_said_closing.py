"""A verb of saying of two characters and 道 ("said") is one cue (介绍道, 解释道, 回忆道, 感叹道), as 说道 and 补充道
are: closing the sentence after a comma, it reports the clause before it; 道 before a word of its own (道路) is no
part of the cue (made-up sentences; expected clauses and speakers read from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker is not None else None) for q in quotes]


def test_closing_cue_with_said_reports_before() -> None:
    assert _found("这条路去年就开始修了，李华介绍道。") == [("indirect", "这条路去年就开始修了", "李华")]


def test_closing_recalled_with_said_traditional() -> None:
    assert _found("那年的冬天特別冷，陳志明回憶道。") == [("indirect", "那年的冬天特別冷", "陳志明")]


def test_explained_with_said_before_a_quote() -> None:
    assert _found("王芳解释道：“我们只是想让孩子多睡一会儿。”") == [
        ("direct", "我们只是想让孩子多睡一会儿。", "王芳")
    ]


def test_opening_cue_with_said_still_reports_after() -> None:
    assert _found("李华介绍道，这条路去年就开始修了。") == [("indirect", "这条路去年就开始修了。", "李华")]
