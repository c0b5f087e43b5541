"""A quote of matched phrases of one length (“团结一心共克时艰，携手同行共创未来”) that nobody is reported to say is a
slogan, not speech: its length and comma no longer make it speech by themselves (gold README: slogans)."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_unattributed_slogan_of_matched_phrases_is_no_quote() -> None:
    assert quotes_in("zh", "村口的大牌子上写着“团结一心共克时艰，携手同行共创未来”，格外醒目。") == []
    assert quotes_in("zh", "“绿水青山留给子孙，金山银山造福百姓”，这幅标语在村里随处可见。") == []


def test_unmatched_phrases_are_still_speech() -> None:
    assert quotes_in("zh", "村民们都记得那一晚，“快点跑，别回头，水来了，往山上跑”。") == [
        ("direct", "快点跑，别回头，水来了，往山上跑", None)
    ]


def test_matched_phrases_someone_says_are_a_quote() -> None:
    assert quotes_in("zh", "王明说：“团结一心共克时艰，携手同行共创未来。”") == [
        ("direct", "团结一心共克时艰，携手同行共创未来。", "王明")
    ]
