"""The rest of a quote a block break cuts is found with one look per piece: a page of many cut quotes stays
linear (the check that no quote already stands inside a piece looked at every quote of the page per piece)."""

from __future__ import annotations

import time

from cqnews.enrich.quotes.split_blocks import finish_split_quotes
from cqnews.models import Quote, QuoteKind, Speaker

_OPEN = "他说：“改造前我们征求了意见，"
_CLOSE = "大家的需求都写进了方案里。”"


def _page(pairs: int) -> tuple[list[Quote], list[str]]:
    texts: list[str] = []
    quotes: list[Quote] = []
    for _ in range(pairs):
        block = len(texts)
        texts += [_OPEN, _CLOSE]
        start = _OPEN.index("“") + 1
        quotes.append(
            Quote(
                text=_OPEN[start:],
                kind=QuoteKind.DIRECT,
                speaker=Speaker(name="陈红"),
                block=block,
                start=start,
                end=len(_OPEN),
            )
        )
    return quotes, texts


def test_each_cut_quote_gets_its_rest() -> None:
    quotes, texts = _page(3)
    finish_split_quotes(quotes, texts)
    rests = [q for q in quotes if q.block % 2 == 1]
    assert [q.text for q in rests] == ["大家的需求都写进了方案里。"] * 3
    assert all(q.speaker is not None and q.speaker.name == "陈红" for q in rests)


def _seconds(pairs: int) -> float:
    quotes, texts = _page(pairs)
    started = time.perf_counter()
    finish_split_quotes(quotes, texts)
    return time.perf_counter() - started


def test_many_cut_quotes_stay_linear() -> None:
    small = min(_seconds(1000) for _ in range(3))
    large = min(_seconds(4000) for _ in range(3))
    assert large < 8 * small + 0.05  # four times the quotes: about four times the time (quadratic: sixteen)
