"""The one a quote was told to ("“…,” the witness told Judge Mary Ryan.") is not who a later "she added" is: before,
the last look-back of a he or she took the listener (the judge spoke the witness's words). With nobody else to
stand for, the pronoun's quote now goes unnamed. The one asked ("asked Mary Ryan where she had been") answers, and
"told Ann Kelly to stay inside" with no quote before it may be the one who speaks next: both read as before.
Session 63. Made-up paragraphs in the shape of Irish and Nigerian court reports."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said, said_in_en


@pytest.mark.parametrize(
    ("teller", "listener", "pronoun"),
    [
        ("the witness", "Judge Mary Brannock", "she"),
        ("the driver", "Mr. Tunde Okoli", "he"),
        ("the accused", "Justice Ada Nwachukwu", "she"),
    ],
)
def test_the_listener_does_not_speak_on(teller: str, listener: str, pronoun: str) -> None:
    text = f'"I was at home that night," {teller} told {listener}. "I never saw him," {pronoun} added.'
    assert said(text, "en") == [(None, teller), (None, None)]


def test_the_one_asked_answers() -> None:
    text = 'The prosecutor asked Mary Brannock where she had been. "I was at home," she said.'
    assert said(text, "en") == [("Mary Brannock", None)]


def test_told_without_a_quote_before_is_unchanged() -> None:
    assert said_in_en("The officer told Mary Brannock to stay inside.", '"We were terrified," she said.') == [
        ("Mary Brannock", None)
    ]
