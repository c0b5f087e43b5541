"""A medium's name in quote marks after the verb in second place ("Am Montag berichtete die »SZ«, …") is the
subject: it speaks, as a body. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_found


def test_a_quoted_medium_after_the_verb_speaks() -> None:
    assert quotes_found("Am Freitag berichtete der „Kurier“, die Brücke werde gesperrt.", "de") == [
        ("indirect", "die Brücke werde gesperrt", "Kurier")
    ]
    assert quotes_found("Gestern schrieb die »Post«, der Streik sei beendet.", "de") == [
        ("indirect", "der Streik sei beendet", "Post")
    ]


def test_a_plain_subject_after_the_verb_still_speaks() -> None:
    assert quotes_found("Am Freitag sagte die Ärztin Eva Kern, die Lage sei ernst.", "de") == [
        ("indirect", "die Lage sei ernst", "Eva Kern")
    ]
