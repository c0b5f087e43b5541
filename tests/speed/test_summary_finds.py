"""The summary's reading takes each body block's search from the body's own reading (``Reading.finds``) instead of
searching it again: its quotes are those of a reading that searches every block, and only the blocks whose text or
block before differ (the summary itself, the first body block) are searched. Made-up pages."""

from __future__ import annotations

import pytest

import cqnews.enrich.quotes as quotes_module
from cqnews.enrich.quotes import read_quotes
from cqnews.enrich.quotes.summary import summary_quotes
from cqnews.models import Block

_EN_SUMMARY = "Harbour master Tilde Rasmussen said the new breakwater would be finished before the autumn storms."
_EN_BODY = [
    "The breakwater at Kessel Point has cost twice its budget.",
    "“We lost a whole season to the weather,” Rasmussen said on Tuesday.",
    "Councillor Ivo Brandt, who chairs the finance committee, said the overrun would be met from reserves.",
    "She added that the fishing fleet could use the inner basin from March.",
]
_ZH_SUMMARY = "港务局局长罗美琴表示，新防波堤将在秋季风暴来临前完工。"
_ZH_BODY = [
    "凯塞尔角防波堤的造价已是预算的两倍。",
    "“天气让我们损失了整整一季，”罗美琴周二说。",
    "财政委员会主席白一鸣表示，超支部分将由储备金支付。",
]


def _search_counter(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    searched: list[str] = []
    find = quotes_module._find_in_block

    def counting(text: str, *args: object, **kwargs: object) -> object:
        searched.append(text)
        return find(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(quotes_module, "_find_in_block", counting)
    return searched


@pytest.mark.parametrize(
    ("summary", "body", "language"), [(_EN_SUMMARY, _EN_BODY, "en"), (_ZH_SUMMARY, _ZH_BODY, "zh")]
)
def test_the_same_quotes_with_the_body_searched_once(
    summary: str, body: list[str], language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = [Block(text=text) for text in body]
    fresh = summary_quotes(summary, blocks, language, block=len(blocks), first=0, deadline=quotes_module.NO_DEADLINE)
    assert fresh, "the made-up summary holds a quote of its own"
    reading = read_quotes(blocks, language, keep=True)
    assert reading.finds is not None
    searched = _search_counter(monkeypatch)
    again = summary_quotes(
        summary, blocks, language, block=len(blocks), first=0, deadline=quotes_module.NO_DEADLINE, finds=reading.finds
    )
    assert [q.model_dump() for q in again] == [q.model_dump() for q in fresh]
    # the summary alone, then in its second reading only the first body block (its block before is the summary)
    assert searched == [summary, body[0]]


def test_the_kept_finds_are_not_changed_by_the_readings() -> None:
    blocks = [Block(text=text) for text in _EN_BODY]
    reading = read_quotes(blocks, "en", keep=True)
    assert reading.finds is not None
    kept = {key: [repr(f) for f in found] for key, (_, found) in reading.finds.blocks.items()}
    for _ in range(2):
        summary_quotes(
            _EN_SUMMARY, blocks, "en", block=4, first=0, deadline=quotes_module.NO_DEADLINE, finds=reading.finds
        )
    assert {key: [repr(f) for f in found] for key, (_, found) in reading.finds.blocks.items()} == kept


def test_no_finds_kept_unless_asked() -> None:
    assert read_quotes([Block(text=_EN_BODY[1])], "en").finds is None
