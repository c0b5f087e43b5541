"""Accounts news is published on (微信公众号, 视频号, 抖音号): jieba cuts them before 号 and tags it a numeral, so the
account's name lost its last character (role 微信公众). The kind and 号 are one noun, and no name or role ends
inside it. Every sentence is made up; each expected word is read off the sentence."""

from __future__ import annotations

from cqnews.enrich import segmenter
from tests.quote_helpers import said


def test_an_official_account_is_one_word() -> None:
    assert "公众号" in [t.word for t in segmenter.tag("据“平安某市”微信公众号消息")]


def test_a_video_account_is_one_word() -> None:
    assert "视频号" in [t.word for t in segmenter.tag("某县融媒体中心视频号发布消息称")]


def test_no_role_ends_inside_the_account() -> None:
    who = said("据某市公安局官方抖音号消息，警方已将涉案人员抓获。")
    assert who == [(None, "某市公安局官方抖音号")]


def test_a_line_number_is_no_account() -> None:
    assert said("市民张先生在1号线上告诉记者，地铁很准时。") == [("张先生", "市民")]
