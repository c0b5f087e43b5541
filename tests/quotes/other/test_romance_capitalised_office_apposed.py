"""A name, then its office capitalised as regional pages write it, set off by commas before the verb of saying
("Juan Pérez, Alcalde de Soria, dijo que …"): the name speaks and the office is its role (before, "Alcalde" was
read as a title and the place after it, "de Soria", as the speaker's name). Every sentence is made up in the shape
of regional pages; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import text_said_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "es",
            "Juan Pérez, Alcalde de Soria, dijo que las obras terminarán en marzo.",
            ("las obras terminarán en marzo", "Juan Pérez", "Alcalde de Soria"),
            id="es-office-of-a-town",
        ),
        pytest.param(
            "es",
            'María Gómez, Concejala de Cultura, afirmó: "El teatro abrirá en abril".',
            ("El teatro abrirá en abril", "María Gómez", "Concejala de Cultura"),
            id="es-office-before-a-quote",
        ),
        pytest.param(
            "pt",
            "João Silva, Prefeito de Itabuna, disse que as obras terminam em março.",
            ("as obras terminam em março", "João Silva", "Prefeito de Itabuna"),
            id="pt-mayor",
        ),
        pytest.param(
            "it",
            "Marco Rossi, Sindaco di Lecco, ha detto che i lavori finiranno a marzo.",
            ("i lavori finiranno a marzo", "Marco Rossi", "Sindaco di Lecco"),
            id="it-mayor",
        ),
        pytest.param(
            "fr",
            "Jean Martin, Maire de Vannes, a déclaré que les travaux finiront en mars.",
            ("les travaux finiront en mars", "Jean Martin", "Maire de Vannes"),
            id="fr-mayor",
        ),
    ],
)
def test_capitalised_office_between_commas(language: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert text_said_in(sentence, language=language) == [expected]


def test_a_name_between_commas_is_still_no_office() -> None:
    sentence = "El ministro de Cultura, Ramón Díaz, dijo que el museo abrirá en mayo."
    assert text_said_in(sentence, language="es") == [("el museo abrirá en mayo", "Ramón Díaz", "El ministro de Cultura")]
