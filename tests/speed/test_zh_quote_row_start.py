"""A Chinese block of short quotes one right after another (“他说”“他说”…): for each quote the start of its row
of quotes (荣获“全国文明村”“全国卫生村”: the lead before the first one names them all) was found by walking back
over every quote before it, quadratic (4,000 quotes took 9 s of CPU, 2,000 took 2 s). The walk now stops at the
first opening already walked from in the same block; the starts are those of the whole walk."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes, speech_zh
from cqnews.lexicon import quotes_zh as QZ
from cqnews.models import Block
from tests.cpu_bar import cpu_bar, half_and_whole_cpu


def test_a_long_row_of_short_quotes_is_read_in_linear_time() -> None:
    # twice the quotes cost about twice the CPU (the walk from every quote costs four times: 2,000 and 4,000 quotes
    # took 2.1 and 9.5 s); the fixed bar is far from the linear cost (6,000 quotes 0.73 s under load)
    half, whole = half_and_whole_cpu(lambda count: find_quotes([Block(text="“他说”" * count)], "zh"), 6_000)
    assert whole < max(3.0 * half, 0.5)
    assert whole < cpu_bar(8.0)


def _walked_row_start(text: str, opening: int) -> int:
    """The walk back from ``opening`` to the first quote of its row, read whole (the answer the kept starts must
    give)."""
    pairs = {"”": "“", "」": "「", "』": "『"}
    first = opening
    while True:
        j = first - 1 - (text[first - 1 : first] == "、")
        pair = pairs.get(text[j : j + 1]) if j >= 0 else None
        k = text.rfind(pair, max(0, j - QZ.ZH_TERM_MAX - 1), j) if pair is not None else -1
        if k < 0:
            return first
        first = k


def test_the_row_starts_are_those_of_the_whole_walk() -> None:
    texts = [
        "该村先后荣获“全国文明村”“全国卫生村”、“省级生态村”等称号。",
        "他说：“好。”「一」『二』“三”、“四”他又说“这是一段很长很长很长很长很长很长很长很长的话”“五”",
        "“甲”“乙”“丙”。“丁”“戊”",
    ]
    for text in texts:
        openings = [i for i, ch in enumerate(text) if ch in "“「『"]
        known: dict[int, int] = {}  # (the block's starts, kept over its quotes)
        for opening in openings + openings[::-1]:  # (openings asked out of order too)
            assert speech_zh._row_start(text, opening, known) == _walked_row_start(text, opening), (text, opening)
