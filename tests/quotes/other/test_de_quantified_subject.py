"""A German plural subject a word of quantity opens ("Viele Anwohner berichteten, …", "Zwei Zeugen sagten, …") is
a description of people not named: before, the capitalised quantifier and noun were read as a person's name.
Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


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
    assert text_said_in(sentence, language="de") == [(text, None, role)]
