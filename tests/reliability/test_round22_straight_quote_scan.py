"""Round 22: a block of many straight single quotes is read once, not once per mark (Session 64).

``_StraightSingle.close`` stripped the block's text before each straight mark and the whole block after it, once per
mark: a block of 200,000 characters of ``'a, '`` took ten times the CPU of one of 100,000. The character before a
mark is read back over its blanks only, and the block's last character once.
"""

from __future__ import annotations

import random

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from cqnews.text import char_before
from tests.cpu_bar import cpu_bar, half_and_whole_cpu


def _find(unit: str, size: int) -> None:
    text = (unit * (size // len(unit) + 1))[:size]
    find_quotes([Block(text=text)], None)


def test_many_straight_single_marks_stay_linear() -> None:
    half, whole = half_and_whole_cpu(lambda size: _find("'a, ' ", size), 200_000)
    assert whole < max(3.0 * half, 0.3)
    assert whole < cpu_bar(8.0)


def test_char_before_reads_as_the_stripped_text_before() -> None:
    rng = random.Random(22)
    for _ in range(3_000):
        text = "".join(rng.choice("a .:'\n\t\u3000") for _ in range(rng.randrange(0, 12)))
        for o in range(len(text) + 1):
            assert char_before(text, 0, o) == text[:o].rstrip()[-1:]

