"""A known outlet's own channel in a Chinese caption's closing brackets ("（央视新闻客户端）", its app; "（人民日报官方微博）",
its account) credits that outlet as the page writes it; an unknown name before "客户端" is no credit. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAP = "图为游客在江边观赏灯光秀。"


@pytest.mark.parametrize("channel", ["央视新闻客户端", "人民日报客户端", "人民日报官方微博", "新华社微信公众号"])
def test_known_outlet_channel(channel: str) -> None:
    caption, credits = split_photo_credit(f"{_CAP}（{channel}）")
    assert caption == _CAP
    assert [c.organization for c in credits] == [channel]


@pytest.mark.parametrize("channel", ["江边灯光秀客户端", "客户端"])
def test_unknown_channel_stays_caption(channel: str) -> None:
    text = f"{_CAP}（{channel}）"
    assert split_photo_credit(text) == (text, [])
