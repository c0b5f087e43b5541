"""The noun of an account jieba tags an adjective (微博/a) before a cue is no adverbial of the verb: the speaker
keeps it (据市公安局官方微博通报 -> 市公安局官方微博, as 据某市公安局官方抖音号消息 reads). Before: 市公安局官方, the
word cut off. Every sentence is made up (police notices of a county)."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_police_account_after_according_to() -> None:
    assert speakers("据市公安局官方微博通报，一名男子已被警方控制。") == ["市公安局官方微博"]


def test_a_person_on_weibo_is_the_person() -> None:
    assert speakers("王明在微博称，他将退出本次比赛。") == ["王明"]
