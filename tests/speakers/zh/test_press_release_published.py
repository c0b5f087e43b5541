"""A press release (新闻稿) is a document a body publishes: 发布新闻稿 after the body and a time word is what it did
before speaking, no part of who (made-up sentences; expected speakers read from them)."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_body_publishing_a_press_release() -> None:
    assert speakers("市政府昨天发布新闻稿指出，相关工程将于年底完工。") == ["市政府"]


def test_body_publishing_a_press_release_traditional() -> None:
    assert speakers("交通部昨天發布新聞稿表示，國道五號將於週末封閉施工。") == ["交通部"]
