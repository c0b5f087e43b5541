"""An outlet citing the news of a source it names (央视新闻援引外交部消息称，…) relays that source's words: the source
speaks, as when 的话 closes its words (援引外交部的话说). The convention of the gold: the one whose words are cited
speaks when named; an unnamed source (援引知情人士消息) is left as read (made-up sentences, the speaker read from
them)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_named_ministry_cited() -> None:
    assert said("央视新闻援引外交部消息称，中方将派代表团出席会议。") == [("外交部", None)]
    assert said("美联社引述美国国务院消息指，双方将于下月会面。") == [("美国国务院", None)]


def test_traditional() -> None:
    assert said("中央社援引外交部消息稱，雙方將於下月會面。") == [("外交部", None)]


def test_as_with_words_of() -> None:
    assert said("央视新闻援引外交部的话说，中方将派代表团出席会议。") == [("外交部", None)]
