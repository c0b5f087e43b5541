"""A short quote that is what a cue says of its object (许强称这一数字“远远不够”, 张伟表示自己“问心无愧”): the cue, a short
noun phrase, then the quote ending the clause, words of the cue's subject. A cue that reports only a quote right after
it (发现员工“偷懒”: what was found) and a denied cue (没有说丈夫“出轨”) give no quote. Every sentence is made up; the
expected texts and speakers are read off them."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def _direct(text: str) -> list[tuple[str, str | None]]:
    return direct_said(text, language="zh")


def test_words_said_of_the_cues_object() -> None:
    assert _direct("许强称这一数字“远远不够”。") == [("远远不够", "许强")]
    assert _direct("张伟表示自己“问心无愧”。") == [("问心无愧", "张伟")]


def test_a_cue_of_finding_or_a_denied_cue_gives_no_quote() -> None:
    assert _direct("上面规定如果发现员工“偷懒”就罚款。") == []
    assert _direct("她没有说丈夫“出轨”。") == []
