"""Accounts of news platforms, which jieba cuts before their 号 and tags that a numeral (微信公众/号/m, 视频/号,
抖音/号): the platform's word and 号 are one noun (公众号, 视频号, 抖音号), so the account's name is never cut inside a
word (role 微信公众 for 据“平安某市”微信公众号消息)."""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon.bodies_zh import ACCOUNT_KINDS, ACCOUNT_MARK
from .base import Token, joined, last


def account_word(out: list[Token], tokens: Sequence[Token], i: int) -> list[Token] | None:
    """公众/号 -> 公众号: a numeral 号 glued to a platform's word before it."""
    prev, t = last(out), tokens[i]
    if prev is None or prev.end != t.start or prev.word not in ACCOUNT_KINDS:
        return None
    return [joined(prev, t, "n")]


def needs_account_word(t: Token) -> bool:
    """The test of the repair: 号 read as a numeral."""
    return t.word == ACCOUNT_MARK and t.tag == "m"
