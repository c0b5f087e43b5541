"""The patterns that cut a credit at "and", "&", ";" and "via" (``names._PEOPLE_AND``, ``photo_parse._VIA`` and their
capital forms, and the cuts at "AND" and at a spaced dash) started at every blank of a run of blanks, and each start read on to the run's end: called directly
on raw text, "Ann" + 20,000 blanks + "x" took 12 s of CPU (their callers in the pipeline pass text with its blanks
made one space, so no page reached it). A run is read from its first blank now; the matches are those of the patterns
before (Session 62)."""

from __future__ import annotations

import random
import re

from cqnews.credit_text.names import _CAPITAL_AND, _PEOPLE_AND, _PEOPLE_AND_CAPITALS, _SPACED_DASH, split_people
from cqnews.credit_text.photo_parse import _VIA, _VIA_CAPITALS
from tests.cpu_bar import cpu_bar, half_and_whole_cpu

_BEFORE = {  # the patterns until Session 62
    _PEOPLE_AND: re.compile(r"\s+(?:and|&)\s+|\s*;\s*"),
    _PEOPLE_AND_CAPITALS: re.compile(r"\s+(?:AND|&)\s+|\s*;\s*"),
    _CAPITAL_AND: re.compile(r"\s+AND\s+"),
    _SPACED_DASH: re.compile(r"\s+[-–]\s+"),
    _VIA: re.compile(r"\s+via\s+"),
    _VIA_CAPITALS: re.compile(r"\s+VIA\s+"),
}

_CREDITS = [
    "Anna Roe and Tom Reed",
    "Anna Roe & Tom Reed; Lena Park",
    "ANNA ROE AND TOM REED ; LENA PARK",
    "Maria Ortiz/AFP via Getty Images",
    "MARIA ORTIZ/AFP VIA GETTY IMAGES",
    "Ann  and\t Bo;;  ; Cy \u00a0& Di via  via Ed -  – Fa",
    "Trần Thị Mai - Lê Hoàng Nam",
    " ; and ;via; & ",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_patterns_answer_as_before() -> None:
    pieces = [" ", " ", "\t", "\n", "\u00a0", ";", "&", "and", "AND", "via", "VIA", "a", "n", "d", "v", "i", "A", "x", "-"]
    pieces.append("–")
    rng = random.Random(62)
    texts = _CREDITS + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5_000)]
    for pattern, before in _BEFORE.items():
        for text in texts:
            assert _spans(pattern, text) == _spans(before, text), (pattern.pattern, text)
            assert pattern.split(text) == before.split(text), (pattern.pattern, text)


def test_credits_are_still_split() -> None:
    assert split_people("Anna Roe and Tom Reed; Lena Park") == ["Anna Roe", "Tom Reed", "Lena Park"]
    assert split_people("ANNA ROE AND TOM REED") == ["ANNA ROE", "TOM REED"]


def _split(count: int) -> None:
    text = "Ann" + " " * count + "x"
    split_people(text)
    for pattern in _BEFORE:
        pattern.split(text)


def test_a_run_of_blanks_is_read_in_linear_time() -> None:
    # 10,000 and 20,000 blanks took 3 and 12 s before; now milliseconds
    half, whole = half_and_whole_cpu(_split, 20_000)
    assert whole < max(3.0 * half, 0.2)
    assert whole < cpu_bar(2.0)
