"""A German plural subject a word of quantity opens ("Viele Anwohner berichteten, …", "Zwei Zeugen sagten, …") is
a description of people not named: before, the capitalised quantifier and noun were read as a person's name.
Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(sentence: str) -> list[tuple[str, str | None, str | None]]:
    quotes = find_quotes([Block(text=sentence)], "de")
    return [(q.text, q.speaker.name, q.speaker.role) if q.speaker else (q.text, None, None) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "text", "role"),
    [
        pytest.param(
            "Viele Anwohner berichteten, der Lärm sei unerträglich.",
            "der Lärm sei unerträglich",
            "Viele Anwohner",
            id="viele",
        ),
        pytest.param(
            "Zwei Zeugen sagten, der Wagen sei zu schnell gewesen.",
            "der Wagen sei zu schnell gewesen",
            "Zwei Zeugen",
            id="number",
        ),
        pytest.param("Mehrere Eltern erklärten, sie seien empört.", "sie seien empört", "Mehrere Eltern", id="mehrere"),
    ],
)
def test_a_quantified_subject_is_no_name(sentence: str, text: str, role: str) -> None:
    assert _speakers(sentence) == [(text, None, role)]
