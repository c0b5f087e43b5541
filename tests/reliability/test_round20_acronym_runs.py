"""An acronym defined in parentheses ("World Harbour Organisation (WHO)") is read by a pattern whose first name word
started at any capital not after a capital: in a word of mixed case ("aAaA…", a hash, a token pasted into the text)
every capital was a start and each read on to the word's end, quadratic (a 20,000-letter run before a defined
acronym took seconds of CPU). The first word now starts at the first capital of its word, once per word; the
matches are those of the pattern before (Session 62)."""

from __future__ import annotations

import random
import re

from cqnews.enrich.speakers.index_bodies import _ACRONYM_RE, BodyNames
from tests.cpu_bar import cpu_bar, half_and_whole_cpu

_WORD = r"(?:[A-Z][\w’'\-]*+|of|and|for|the|on)"
_BEFORE = re.compile(rf"(?<![A-Z])({_WORD}(?: {_WORD}){{1,8}}) \(([A-Z]{{2,6}})\)")  # the pattern until Session 62

_SENTENCES = [
    "The World Harbour Organisation (WHO) said the port was safe.",
    "Officials of the Valley Rail Authority (VRA) and the Board of Coastal Trade (BCT) met on Monday.",
    "aWorld Harbour Organisation (WHO) wrote; proof Harbour Office (HO) too.",
    "The McArthur Grain Exchange (MGE) and O’Neill-Barnes Shipping (OBS) signed.",
    "ofXyz Corp (XC) and Ab Cd Ef Gh Ij Kl Mn Op Qr St (QS) and THE Port of Lisbon (PL).",
    "ÉCOLE Normale Supérieure (ENS) and école Normale (EN) and the (AB) and A1b2C Dee (CD).",
]


def _groups(pattern: re.Pattern[str], text: str) -> list[tuple[str | None, ...]]:
    return [m.groups() for m in pattern.finditer(text)]


def test_the_pattern_answers_as_before() -> None:
    for text in _SENTENCES:
        assert _groups(_ACRONYM_RE, text) == _groups(_BEFORE, text), text
    pieces = ["A", "W", "H", "O", "a", "o", "f", "n", "d", "e", " ", " ", "(", ")", "’", "'", "-", "é", "É", "1"]
    pieces += ["_", "of", "and", "the", "for", "on", " (WHO)", " (AB)", "World", " of "]
    rng = random.Random(62)
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert _groups(_ACRONYM_RE, text) == _groups(_BEFORE, text), text


def test_a_defined_acronym_is_still_read() -> None:
    names = BodyNames()
    names.register_bodies(_SENTENCES[1], 0)
    assert names.acronym("VRA") == "Valley Rail Authority"
    assert names.acronym("BCT") == "Board of Coastal Trade"


def _register(count: int) -> None:
    BodyNames().register_bodies(f"The sign read {'aA' * count}. The World Harbour Organisation (WHO) agreed.", 0)


def test_a_mixed_case_run_is_read_in_linear_time() -> None:
    # 10,000 and 20,000 "aA" pairs took 1.0 and 4.1 s before; now milliseconds
    half, whole = half_and_whole_cpu(_register, 20_000)
    assert whole < max(3.0 * half, 0.2)
    assert whole < cpu_bar(2.0)
