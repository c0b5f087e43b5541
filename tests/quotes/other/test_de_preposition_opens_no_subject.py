"""A German sentence a preposition and its capitalised noun open, the verb of saying second and its subject after
it ("Auf Nachfrage erklärte das Ministerium, …"): the phrase before the verb is no subject, though capitalised, and
the subject after the verb speaks. Before, the speaker was "Auf Nachfrage". Made-up sentences; each expected value
is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("sentence", "text", "name", "role"),
    [
        pytest.param(
            "Auf Nachfrage erklärte das Ministerium, man prüfe den Vorgang.",
            "man prüfe den Vorgang",
            "Ministerium",
            None,
            id="body",
        ),
        pytest.param(
            "Auf Anfrage sagte Polizeisprecher Uwe Kern, der Fahrer sei geflüchtet.",
            "der Fahrer sei geflüchtet",
            "Uwe Kern",
            "Polizeisprecher",
            id="office-and-name",
        ),
    ],
)
def test_the_subject_after_the_verb_speaks(sentence: str, text: str, name: str | None, role: str | None) -> None:
    assert text_said_in(sentence, language="de") == [(text, name, role)]
