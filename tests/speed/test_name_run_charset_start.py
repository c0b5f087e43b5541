"""``tokens.NAME_RUN_RE`` reads a run's first capital before looking behind it, so that the engine can skip to the
next capital (a pattern opening with a character class): the same runs as the form with the look-arounds in front."""

from __future__ import annotations

import random
import re
from re import _compiler, _parser  # type: ignore[attr-defined]

from cqnews.enrich.speakers import tokens

_CAP = tokens._CAP
_FRONT = re.compile(
    rf"(?:(?={_CAP})(?<!{_CAP}){tokens.NOT_DEEP_IN_A_WORD}|(?={_CAP}\.)){_CAP}(?:\.(?:{_CAP}\.){{0,3}}+|[\w'’\-]*+)"
    rf"(?: (?:[JS]r\.|{_CAP}(?:\.(?:{_CAP}\.){{0,3}}+|[\w'’\-]*+)|(?:{tokens._RUN_PARTICLES})(?:-{_CAP}[\w'’\-]*+)?(?!\w)))+"
)


def _runs(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_pattern_opens_with_a_character_class() -> None:
    pattern = tokens.NAME_RUN_RE
    assert _compiler._get_charset_prefix(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)


def test_made_up_sentences() -> None:
    text = "Yesterday Ann Lee and S.V. Raju met Nour el-Hassan; the iPhone Pro and A.K. Singh Jr. said so."
    assert [text[a:b] for a, b in _runs(tokens.NAME_RUN_RE, text)] == [
        "Yesterday Ann Lee", "S.V. Raju", "Nour el-Hassan", "Phone Pro", "A.K. Singh Jr.",
    ]
    glued = "Deputy Chief Minister D.K. Shivaraj spoke."  # glued initials after a title stay in the run
    assert [glued[a:b] for a, b in _runs(tokens.NAME_RUN_RE, glued)] == ["Deputy Chief Minister D.K. Shivaraj"]
    deep = "x" * 45 + "Ab Cd and " + "ÉAb Cd"
    assert _runs(tokens.NAME_RUN_RE, deep) == _runs(_FRONT, deep)


def test_random_texts_give_the_same_runs() -> None:
    rng = random.Random(57)
    pieces = ["Ann", "Lee", "A.", "K.", "S.V.", "de", "van", "el-", "Hassan", "Jr.", "Łukasz", "iPhone", "x" * 39,
              "aB", " ", " ", ", ", ".", "-", "’", "'", "\n", "and", "said", "É"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _runs(tokens.NAME_RUN_RE, text) == _runs(_FRONT, text), repr(text)
