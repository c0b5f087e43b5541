"""A time word after a lone surname is the day it was said, not the given name (Chinese).

"梁昨說，…" (Liang said yesterday): 昨 is no given name of 梁; the person named before speaks, never "梁昨".
A real given name after a lone surname stays (罗满月). Made-up sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_zuo_after_a_lone_surname_goes() -> None:
    assert speakers_in("梁文傑是台北市議員。", "梁昨說，她只是朋友的女朋友。") == ["梁文傑"]


def test_zuo_after_a_lone_surname_inside_the_sentence_goes() -> None:
    assert speakers_in("梁文傑是台北市議員。", "對於相關指控，梁昨說，她只是朋友的女朋友。") == ["梁文傑"]


def test_jintian_after_a_lone_surname_goes() -> None:
    assert speakers_in("王志明是这家公司的老板。", "王今天表示，工厂下个月就会复工。") == ["王志明"]
