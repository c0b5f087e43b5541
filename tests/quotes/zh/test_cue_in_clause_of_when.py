"""A cue in a clause of time before a short quote (他说这些话时“眼眶都红了”, 她在介绍产品时“眉飞色舞”): the cue, its
object, a noun phrase, then 时, 时候 or 之际 as a word of its own; the quote tells how the speaker looked, nobody's
words. 当时, 平时 and 那时候 are the time of the words said, and the quote after them stays the cue's (他称当时“很害怕”).
Made-up sentences; the expected quotes are read from them."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def _direct(text: str) -> list[str]:
    return [said for said, _ in direct_said(text, language="zh")]


def test_fragment_after_a_clause_of_when_is_no_quote() -> None:
    assert _direct("他说这些话时“眼眶都红了”。") == []
    assert _direct("老人说这句话的时候“一脸认真”。") == []


def test_fragment_after_a_named_clause_of_when_is_no_quote() -> None:
    assert _direct("她在介绍产品时“眉飞色舞”。") == []


def test_time_word_of_the_words_said_keeps_the_quote() -> None:
    assert _direct("他称当时“很害怕”。") == ["很害怕"]
    assert _direct("他说那时候“什么都没有”。") == ["什么都没有"]
    assert [who for _, who in direct_said("王明说自己当时“吓坏了”。", language="zh")] == ["王明"]


def test_cue_after_the_clause_of_when_still_reports() -> None:
    assert [who for _, who in direct_said("李明在谈到未来时表示：“明年还要扩大规模。”", language="zh")] == ["李明"]
    assert _direct("张华说，上学时“每天要走十几里山路”。") == ["每天要走十几里山路"]
