"""A title or an honour conferred in quote marks (村里评上了“省级文明村”, 合作社获评“省级示范社”, 被授予“…”, 荣获“…”“…”
等称号) is a name given to the one honoured, not words said, though a cue stands before it in the sentence; every
name of a row after such a verb is one. Words said after a verb of judging stay quotes. Made-up sentences; the
expected quotes are read from them."""

from __future__ import annotations

from tests.quote_helpers import direct_said


def _direct(text: str) -> list[str]:
    return [said for said, _ in direct_said(text, language="zh")]


def test_title_won_is_no_quote() -> None:
    assert _direct("他说，今年村里评上了“省级文明村”。") == []
    assert _direct("王明告诉记者，合作社去年获评“省级示范社”。") == []
    assert _direct("他说，去年合作社被评为“国家级示范社”，大家都很高兴。") == []


def test_honour_conferred_is_no_quote() -> None:
    assert _direct("张华说，学校被授予“全国文明校园”。") == []
    assert _direct("張華說，他們學校榮膺「全國文明校園」。") == []


def test_every_name_of_a_row_of_honours_is_no_quote() -> None:
    assert _direct("李明介绍，该村先后荣获“全国文明村”“全国民主法治示范村”等称号。") == []


def test_words_of_judging_stay_a_quote() -> None:
    assert [who for _, who in direct_said("李华表示，大家都评价他“工作认真，从不迟到”。", language="zh")] == ["李华"]
