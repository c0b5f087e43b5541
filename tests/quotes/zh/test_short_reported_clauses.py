"""A short clause (three to five characters) set off by a comma after a named person's cue and making the rest of the
sentence is what that person said (市长李明表示，他不后悔。); a clause that short after nobody named, or one that the
sentence goes on past, stays unread. Every sentence is made up; each expected clause is read off it."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_short_clause_after_a_titled_name() -> None:
    assert quotes_found("市长李明表示，他不后悔。", "zh") == [("indirect", "他不后悔。", "李明")]


def test_short_clause_after_a_cue_with_an_adverb() -> None:
    assert quotes_found("蔣大安也強調，安全第一。", "zh") == [("indirect", "安全第一。", "蔣大安")]


def test_short_clause_after_an_honorific_name() -> None:
    assert quotes_found("张女士说，好贵啊。", "zh") == [("indirect", "好贵啊。", "张女士")]


def test_short_clause_after_a_pronoun_stays_unread() -> None:
    assert quotes_found("他表示，不清楚。", "zh") == []


def test_short_clause_after_an_office_stays_unread() -> None:
    assert quotes_found("警方表示，已报案。", "zh") == []
