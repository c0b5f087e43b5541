"""German "wie X sagte": a clause of "wie", its subject and a verb ending it, set off by a comma, reports the
rest of the sentence, which is the reported text without it. Made-up sentences; each expected value is read
from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("Wie Anna Berg sagte, müsse die Stadt schneller bauen.", "müsse die Stadt schneller bauen", id="opening"),
        pytest.param("Die Stadt müsse schneller bauen, wie Anna Berg mitteilte.", "Die Stadt müsse schneller bauen", id="closing"),
    ],
)
def test_a_wie_clause_names_the_speaker_and_is_left_out_of_the_text(sentence: str, text: str) -> None:
    assert quotes_in("de", sentence) == [("indirect", text, "Anna Berg")]


def test_wie_opening_a_phrase_with_no_verb_after_its_subject_names_no_one() -> None:
    assert quotes_in("de", "Wie erwartet stiegen die Preise, sagte Anna Berg.") == [
        ("indirect", "Wie erwartet stiegen die Preise", "Anna Berg")
    ]


def test_a_wie_clause_whose_verb_is_no_reporting_verb_reports_nothing() -> None:
    found = quotes_in("de", "Entscheidend sei nun, wie der Markt die Lage einschätzt.")
    assert found == [("indirect", "Entscheidend sei nun, wie der Markt die Lage einschätzt", None)]
