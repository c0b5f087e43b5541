"""A word of manner jieba reads whole with its particle 地 (轻轻地, 默默地, 冷冷地), or a reduplicated count whose
unit it reads with 地 (一遍遍地 as 一遍/遍地), alone in the clause before the cue, says how the words are said: the
speaker is the person opening the sentence, never a person named 轻轻地 or 遍地, and the quote is kept."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_again_and_again_after_holding_hands() -> None:
    assert speakers("王大妈拉着我们的手，一遍遍地说：“你们是好人啊，谢谢你们。”") == ["王大妈"]


def test_softly_after_holding_hands() -> None:
    assert speakers("王大妈拉着我们的手，轻轻地说：“你们是好人啊，谢谢你们。”") == ["王大妈"]


def test_coldly_after_a_look() -> None:
    assert speakers("村支书李建国看了看大家，冷冷地说：“谁也不许走。”") == ["李建国"]


def test_silently_after_a_pause() -> None:
    assert speakers("护士长刘芳放下电话，默默地说：“今晚又要加班了。”") == ["刘芳"]
