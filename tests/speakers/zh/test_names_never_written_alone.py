"""The last pass of the Chinese quotes (:func:`cqnews.enrich.quotes.finish_zh.finish_zh`): a speaker's name the
article writes nowhere but inside a longer speaker's name is that name, cut (a transliteration's first part read
short, a name in pieces read at its tail); a name the article also writes alone stays.

Every sentence and name is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from cqnews.enrich.quotes.finish_zh import finish_zh
from cqnews.models import Quote, QuoteKind, Speaker

_TEXTS = [
    "弗朗西斯科·佩雷斯说：“这个月又被罚了五百块。”",
    "据弗朗西斯科·佩雷斯回忆，那天雨下得很大，他什么也没有听到。",
]


def _quote(name: str, block: int, text: str) -> Quote:
    start = _TEXTS[block].find(text)
    return Quote(text=text, kind=QuoteKind.DIRECT, speaker=Speaker(name=name), block=block, start=start,
                 end=start + len(text))


def test_a_transliteration_read_short_is_the_whole_name_the_article_writes() -> None:
    quotes = [_quote("弗朗西斯科·佩雷斯", 0, "这个月又被罚了五百块。"), _quote("西斯科·佩雷斯", 1, "那天雨下得很大")]
    finish_zh(quotes, _TEXTS)
    assert [q.speaker.name for q in quotes if q.speaker] == ["弗朗西斯科·佩雷斯", "弗朗西斯科·佩雷斯"]


def test_a_name_the_article_writes_alone_stays() -> None:
    texts = [*_TEXTS, "西斯科·佩雷斯是他的堂兄。"]
    quotes = [_quote("弗朗西斯科·佩雷斯", 0, "这个月又被罚了五百块。"), _quote("西斯科·佩雷斯", 1, "那天雨下得很大")]
    finish_zh(quotes, texts)
    assert [q.speaker.name for q in quotes if q.speaker] == ["弗朗西斯科·佩雷斯", "西斯科·佩雷斯"]
