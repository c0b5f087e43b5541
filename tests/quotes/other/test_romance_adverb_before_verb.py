"""A negation or an adverb between a Romance subject and its verb of saying ("El Gobierno no ha confirmado que …",
"La alcaldesa ya ha explicado que …", "Il sindaco non ha detto che …", "O ministro não disse que …") is no part of
the subject: the phrase before it speaks. Made-up sentences; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "es",
            "El Gobierno no ha confirmado que la autovía abra en otoño.",
            [("la autovía abra en otoño", "El Gobierno", None)],
        ),
        ("es", "La jueza no explicó que el juicio se aplace.", [("el juicio se aplace", None, "La jueza")]),
        (
            "es",
            "El Ayuntamiento ya ha anunciado que la piscina cerrará en agosto.",
            [("la piscina cerrará en agosto", "El Ayuntamiento", None)],
        ),
        ("it", "Il prefetto non ha detto che il ponte resterà chiuso.", [("il ponte resterà chiuso", None, "Il prefetto")]),
        ("pt", "A ministra não disse que a escola vai fechar.", [("a escola vai fechar", None, "A ministra")]),
    ],
)
def test_negation_or_adverb_before_the_verb_is_no_part_of_the_subject(
    language: str, sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert text_said_in(sentence, language=language) == expected
