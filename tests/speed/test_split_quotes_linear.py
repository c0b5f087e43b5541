"""The rest of a quote a block break cuts is found with one look per piece: a page of many cut quotes stays
linear (the check that no quote already stands inside a piece looked at every quote of the page per piece).

The work is counted, not timed (a timing can fail on a loaded machine): every read of a field of the page's quotes is
one step, and four times the quotes must take at most six times the steps (the check per piece: sixteen)."""

from __future__ import annotations

from typing import Any

from cqnews.enrich.quotes.split_blocks import finish_split_quotes
from cqnews.models import Quote, QuoteKind, Speaker

_OPEN = "他说：“改造前我们征求了意见，"
_CLOSE = "大家的需求都写进了方案里。”"


class _Counted(Quote):
    """A quote that counts the reads of its fields (all such quotes together)."""

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("_"):
            _READS[0] += 1
        return super().__getattribute__(name)


_READS = [0]


def _page(pairs: int, quote: type[Quote] = Quote) -> tuple[list[Quote], list[str]]:
    texts: list[str] = []
    quotes: list[Quote] = []
    for _ in range(pairs):
        block = len(texts)
        texts += [_OPEN, _CLOSE]
        start = _OPEN.index("“") + 1
        quotes.append(
            quote(
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


def _steps(pairs: int) -> int:
    quotes, texts = _page(pairs, _Counted)
    _READS[0] = 0
    finish_split_quotes(quotes, texts)
    assert len(quotes) == 2 * pairs
    return _READS[0]


def test_many_cut_quotes_stay_linear() -> None:
    small, large = _steps(1000), _steps(4000)
    assert 0 < large < 6 * small  # four times the quotes: about four times the steps (quadratic: sixteen)
