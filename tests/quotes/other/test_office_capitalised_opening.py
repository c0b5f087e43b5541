"""An office word capitalised as it opens a sentence (or as regional pages write it, after an article), its
complement and a name: the name speaks, the office and its complement are the role ("Minister van Financiën Jan de
Vries zei dat …"; before, the name "Financiën Jan de Vries" with no role, or "de Hacienda Carlos Serrano" with the
role "Ministro"). With no name after the complement the office speaks as a description ("Minister van Financiën zei
dat …"; before, the name "van Financiën"). Every sentence is made up in the shape of pages in no corpus; each
expected value is read from its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "nl",
            "Minister van Financiën Jan de Vries zei dat de begroting sluitend is.",
            ("Jan de Vries", "Minister van Financiën"),
            id="nl-reported",
        ),
        pytest.param(
            "nl",
            'Minister van Financiën Jan de Vries zei: "De begroting is sluitend."',
            ("Jan de Vries", "Minister van Financiën"),
            id="nl-colon",
        ),
        pytest.param(
            "nl",
            "Burgemeester van Utrecht Sanne Dijkstra zei dat de brug dichtgaat.",
            ("Sanne Dijkstra", "Burgemeester van Utrecht"),
            id="nl-mayor",
        ),
        pytest.param(
            "nl",
            "Staatssecretaris van Justitie Anna Bakker zei dat de wet wordt aangepast.",
            ("Anna Bakker", "Staatssecretaris van Justitie"),
            id="nl-state-secretary",
        ),
        pytest.param(
            "nl",
            "Minister van Buitenlandse Zaken Casper Veldhuis zei dat de gesprekken doorgaan.",
            ("Casper Veldhuis", "Minister van Buitenlandse Zaken"),
            id="nl-ministry-of-two-words",
        ),
        pytest.param(
            "es",
            "Ministro de Hacienda Carlos Serrano dijo que las cuentas cuadran.",
            ("Carlos Serrano", "Ministro de Hacienda"),
            id="es-no-article",
        ),
        pytest.param(
            "es",
            "El Ministro de Hacienda Carlos Serrano dijo que las cuentas cuadran.",
            ("Carlos Serrano", "El Ministro de Hacienda"),
            id="es-article",
        ),
        pytest.param(
            "es",
            "Según el Ministro de Hacienda Carlos Serrano, las cuentas cuadran.",
            ("Carlos Serrano", "el Ministro de Hacienda"),
            id="es-source-word",
        ),
        pytest.param(
            "es",
            "Presidenta de la Junta Ana Ruiz aseguró que los fondos llegarán.",
            ("Ana Ruiz", "Presidenta de la Junta"),
            id="es-two-particles",
        ),
        pytest.param(
            "pt",
            "Ministro da Saúde Paulo Lima disse que a vacina chega em maio.",
            ("Paulo Lima", "Ministro da Saúde"),
            id="pt",
        ),
        pytest.param(
            "it",
            "Sindaco di Lecco Marco Rossi ha detto che il ponte riapre.",
            ("Marco Rossi", "Sindaco di Lecco"),
            id="it",
        ),
        pytest.param(
            "fr", "Maire de Lyon Paul Roche a déclaré que le pont rouvrira.", ("Paul Roche", "Maire de Lyon"), id="fr"
        ),
        pytest.param(
            "nl",
            "Minister van Financiën zei dat de begroting sluitend is.",
            (None, "Minister van Financiën"),
            id="nl-nobody-named",
        ),
    ],
)
def test_the_name_after_the_complement_speaks(language: str, sentence: str, expected: tuple[str | None, str]) -> None:
    assert said(sentence, language) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        pytest.param(
            "nl",
            "Wethouder Piet de Boer zei dat de brug dichtgaat.",
            ("Piet de Boer", "Wethouder"),
            id="nl-office-name",
        ),
        pytest.param(
            "nl", "Minister Kees de Jonge zei dat het goed gaat.", ("Kees de Jonge", "Minister"), id="nl-particle-name"
        ),
        pytest.param(
            "nl", "Jan van der Berg zei dat de brug dichtgaat.", ("Jan van der Berg", None), id="nl-name-alone"
        ),
        pytest.param("nl", "Pieter de Graaf zei dat de brug dichtgaat.", ("Pieter de Graaf", None), id="nl-de-name"),
        pytest.param(
            "es",
            "Carlos de la Fuente dijo que las obras empiezan en mayo.",
            ("Carlos de la Fuente", None),
            id="es-name",
        ),
        pytest.param(
            "es",
            "El ministro de Hacienda Carlos Serrano dijo que las cuentas cuadran.",
            ("Carlos Serrano", "El ministro de Hacienda"),
            id="es-lower-case-office",
        ),
        pytest.param(
            "de",
            "Bundesfinanzminister Markus Lehner sagte, die Lage sei ernst.",
            ("Markus Lehner", "Bundesfinanzminister"),
            id="de-compound-office",
        ),
    ],
)
def test_names_stay_as_they_were(language: str, sentence: str, expected: tuple[str, str | None]) -> None:
    assert said(sentence, language) == [expected]
