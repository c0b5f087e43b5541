"""A German word of quantity and a plural noun after a verb of saying ("„…“, sagen viele Anwohner.", "sagten mehrere
Eltern", "sagen alle Beteiligten") is the speaker, a description of people not named, as "sagen die Anwohner" is.
Before: no speaker. A time after the verb ("sagte zwei Tage später der Minister") is no speaker. Made-up sentences;
each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _roles(sentence: str) -> list[str | None]:
    quotes = find_quotes([Block(text=sentence)], "de")
    return [q.speaker.role for q in quotes if q.kind.value == "direct" and q.speaker]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        pytest.param("„Wir haben Angst um unsere Kinder“, sagen viele Anwohner.", "viele Anwohner", id="viele"),
        pytest.param("„Wir haben Angst um unsere Kinder“, sagten mehrere Eltern.", "mehrere Eltern", id="mehrere"),
        pytest.param("„Wir sind bereit“, sagen alle Beteiligten.", "alle Beteiligten", id="alle"),
    ],
)
def test_the_quantified_noun_speaks(sentence: str, role: str) -> None:
    assert _roles(sentence) == [role]


def test_a_time_after_the_verb_is_no_speaker() -> None:
    assert "zwei Tage" not in _roles("„Wir sind bereit“, sagte zwei Tage später der Minister.")
