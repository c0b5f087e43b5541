"""``text.has_han``, ``han_count`` and the quote resolver's ``zh_text`` answer an ASCII text without the Han search:
every Han range lies far above ASCII, and non-ASCII texts are still searched."""

from __future__ import annotations

from cqnews.enrich.quotes.resolve import zh_text
from cqnews.text import _CJK_RANGES, han_count, has_han


def test_the_han_ranges_lie_above_ascii() -> None:
    assert min(low for low, _high in _CJK_RANGES) > 0x7F


def test_ascii_and_other_texts() -> None:
    assert not has_han("The mayor said the buses would run.") and han_count("The mayor said so.") == 0
    assert not has_han("The mayor said “the buses will run”.")
    assert has_han("The mayor, 王明, said so.") and han_count("The mayor, 王明, said so.") == 2
    assert han_count("𠀀 and 一") == 2  # (a Han ideograph beyond the BMP counts too)
    assert not zh_text("Ann Lee said the plan would fail.")
    assert zh_text("王明表示，计划将失败。")
