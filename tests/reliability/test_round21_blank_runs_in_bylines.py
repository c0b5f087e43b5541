"""The byline patterns that cut a place ("in Paris"), a trailing "for Org", a bracketed agency or note, a loose "and"
and the separators between names (``byline_names._IN_PLACE``, ``_FOR_ORG``, ``_BRACKET_ORG``, ``_NOTE``,
``_LOOSE_AND``, ``_NAME_SPLIT``) and the Korean file-photo note (``photo_ko._FILE_PHOTO``) started at every blank of
a run of blanks, and each start read on to the run's end: called directly on raw text, "Ann" + 20,000 blanks + "x"
took seconds (their callers pass bylines with their blanks made one space, so no page reached it). A run is read from
its first blank now; the matches are those of the patterns before (Session 63)."""

from __future__ import annotations

import random
import re

from cqnews.credit_text.photo_ko import _FILE_PHOTO
from cqnews.enrich.credits.byline_names import _BRACKET_ORG, _FOR_ORG, _IN_PLACE, _LOOSE_AND, _NAME_SPLIT, _NOTE
from tests.cpu_bar import cpu_bar, half_and_whole_cpu


def _without_anchor(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was until Session 63: no "(?<!\\s)", no branch for a separator after an earlier match."""
    source = pattern.pattern.replace("(?<!\\s)", "")
    if pattern is _NAME_SPLIT:
        source = source.removesuffix("|[,;，、/،]\\s*")
    return re.compile(source)


_PATTERNS = (_IN_PLACE, _FOR_ORG, _BRACKET_ORG, _NOTE, _LOOSE_AND, _NAME_SPLIT, _FILE_PHOTO)

_BYLINES = [
    "Anna Roe in Paris",
    "Anna Roe  in \t Lyon",
    "Dolores Chang For Dailymail.Com",
    "Euronews  with   Agencies",
    "Jean Dupont (avec AFP)",
    "Anna Roe   (ar)",
    "Jan Doe (Fotos)",
    "and Tom Lee and",
    "Anna Roe ,  Tom Lee ; Lena Park / Bo Kim、王晓东",
    "Anna Roe and , Tom Lee",
    "연합뉴스 자료사진",
    "연합뉴스   자료 사진",
    " ( ) ,; and for in ",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_patterns_answer_as_before() -> None:
    pieces = [" ", " ", " ", "\t", "\n", "\u00a0", ",", ";", "/", "、", "(", ")", "and", "und", "for", "For", "with"]
    pieces += ["in", "at", "A", "P", "x", "a", "자료사진", "자료 사진", "연합뉴스", "ar"]
    rng = random.Random(63)
    texts = _BYLINES + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 24))) for _ in range(5_000)]
    for pattern in _PATTERNS:
        before = _without_anchor(pattern)
        assert before.pattern != pattern.pattern
        for text in texts:
            assert _spans(pattern, text) == _spans(before, text), (pattern.pattern, text)
            assert pattern.split(text) == before.split(text), (pattern.pattern, text)
            assert pattern.sub("", text) == before.sub("", text), (pattern.pattern, text)
            found, found_before = pattern.search(text), before.search(text)
            assert (found and found.groups()) == (found_before and found_before.groups())


def _search(count: int) -> None:
    text = "Ann" + " " * count + "x"
    for pattern in _PATTERNS:
        pattern.search(text)
        pattern.split(text)


def test_a_run_of_blanks_is_read_in_linear_time() -> None:
    # 10,000 and 20,000 blanks took seconds before; now milliseconds
    half, whole = half_and_whole_cpu(_search, 20_000)
    assert whole < max(3.0 * half, 0.2)
    assert whole < cpu_bar(2.0)
