"""Spanish, French, Portuguese: a body's capitalised name with an adjective of belonging after it, opened by an article,
right before the verb of saying ("El Gobierno regional ha confirmado que …", "le Gouvernement français a annoncé que
…") is the subject; before, the lower-case adjective after the name left the report with no speaker. Made-up
sentences only."""

from __future__ import annotations

from tests.quote_helpers import reported_said


def test_spanish_body_and_adjective() -> None:
    assert reported_said("El Ejecutivo autonómico ha confirmado que la autovía se abrirá en verano.", "es") == [
        ("la autovía se abrirá en verano", "El Ejecutivo autonómico", None)
    ]


def test_french_and_portuguese_body_and_adjective() -> None:
    assert reported_said("La Commission européenne a indiqué que le texte serait examiné en mai.", "fr") == [
        ("le texte serait examiné en mai", "La Commission européenne", None)
    ]
    assert reported_said("O Governo regional confirmou que a estrada abre em junho.", "pt") == [
        ("a estrada abre em junho", "O Governo regional", None)
    ]


def test_an_adverb_after_the_name_is_no_adjective() -> None:
    found = reported_said("El Gobierno también ha confirmado que la autovía se abrirá en verano.", "es")
    assert all(name != "El Gobierno también" for _, name, _ in found)
