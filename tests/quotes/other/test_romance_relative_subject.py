"""A relative pronoun that is the subject of a reporting verb ("…, quien aseguró que …", "…, qui a déclaré
que …") stands for the phrase before its comma: that person speaks the clause. Made-up sentences; each expected
value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "es",
            "El tribunal escuchó al jefe de gabinete, Pedro Lara Gil, quien aseguró que envió el correo más tarde.",
            [("indirect", "envió el correo más tarde", "Pedro Lara Gil")],
            id="es-apposed-name",
        ),
        pytest.param(
            "es",
            "Intervino la portavoz Marta Solís, quien ha explicado además que el hospital funciona con normalidad.",
            [("indirect", "el hospital funciona con normalidad", "Marta Solís")],
            id="es-adverb-after-the-verb",
        ),
        pytest.param(
            "fr",
            "Le tribunal a entendu le directeur, Luc Martin, qui a déclaré que la lettre était partie lundi.",
            [("indirect", "la lettre était partie lundi", "Luc Martin")],
            id="fr-apposed-name",
        ),
    ],
)
def test_relative_subject_is_the_phrase_before_its_comma(
    language: str, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes_in(language, sentence) == expected

