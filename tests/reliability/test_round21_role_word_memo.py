"""A paragraph of capitalised words after a quote ("“It works,” Aa Aa Aa … said") cost the speaker index about
46 µs a word: every "Aa" is a mention of the person "Aa Aa", and ``opens_clause`` stepped back over up to four role
words before each, three of which the mention before had read. Each step depends on the text and where it starts
only, so the index keeps the steps of a text and reads each once (Session 63): the same answers (compared here with
the steps read afresh on made-up and random strings), a quarter of the steps."""

from __future__ import annotations

import random

import pytest

import cqnews
from cqnews.enrich.speakers import names
from tests.cpu_bar import half_and_whole_cpu

_SENTENCES = [
    "Harbour master Tom Reed, Valley Courier columnist Anna Roe and Mayor Kari Lund said the plan works.",
    "When Deputy Mayor Ana Ruiz spoke, The Valley Courier editor Jon Park left. But Reed stayed, and Lund agreed.",
    "U.S. President Dan Holt met George W. Bush and Dr. Amara Diallo, the town's senior doctor, on Tuesday.",
    "Ukraine’s President Ivan Petrenko and   Wild   defenseman Ryan Suter ( Reed ) said: Roe, Lund; Park.",
]
_WORDS = ["Aa", "Reed", "mayor", "the", "The", "and", "But", "When", "Dr.", "Mr", "U.S.", "’s", ",", ".", "(", "—"]


def _every_position_agrees(text: str) -> None:
    memo: dict[int, int] = {}
    for pos in range(len(text) + 1):
        assert names.opens_clause(text, pos, memo) == names.opens_clause(text, pos), (text, pos)
        assert names._before_role_words(text, pos, memo) == names._before_role_words(text, pos)


def test_same_answers_with_the_steps_kept() -> None:
    for text in _SENTENCES:
        _every_position_agrees(text)
    rng = random.Random(63)
    for _ in range(300):
        parts = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        _every_position_agrees("".join(part + " " * rng.choice((0, 1, 1, 1, 3)) for part in parts))


def test_a_run_of_capitalised_names_reads_each_step_once(monkeypatch: pytest.MonkeyPatch) -> None:
    count = 4_000
    calls = 0
    step = names._role_word_step

    def counted(text: str, k: int) -> int:
        nonlocal calls
        calls += 1
        return step(text, k)

    monkeypatch.setattr(names, "_role_word_step", counted)
    html = f"<article><h1>Harbour plan</h1><p>“It works,” {' '.join(['Aa'] * count)} said.</p></article>"
    cqnews.parse(html, options=cqnews.ParseOptions(time_budget=None))
    assert calls < 1.5 * count  # (four a name before: each stepped back over four capitalised words)


def test_a_run_of_names_with_long_blanks_is_linear() -> None:
    def run(count: int) -> None:
        text = ("Aa" + " " * 40) * count
        memo: dict[int, int] = {}
        for pos in range(0, len(text), 42):
            names.opens_clause(text, pos, memo)

    half, whole = half_and_whole_cpu(run, 40_000)
    assert whole < max(3.0 * half, 0.3)
