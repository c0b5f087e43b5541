"""text.mentions_back: the earlier mentions of a word, the last first, at most so many."""

from __future__ import annotations

from cqnews.text import mentions_back

# 律师 at 0, at 5 (after 李华和) and at 12 (after 。王军): made-up.
_TEXT = "律师李华和律师王军。王军律师"


def test_last_mention_comes_first() -> None:
    assert list(mentions_back(_TEXT, "律师", len(_TEXT))) == [12, 5, 0]


def test_only_mentions_before_the_end_given() -> None:
    assert list(mentions_back(_TEXT, "律师", 12)) == [5, 0]


def test_at_most_so_many_looks() -> None:
    assert list(mentions_back(_TEXT, "律师", len(_TEXT), 2)) == [12, 5]


def test_a_word_never_written_has_none() -> None:
    assert not list(mentions_back(_TEXT, "法官", len(_TEXT), 4))
