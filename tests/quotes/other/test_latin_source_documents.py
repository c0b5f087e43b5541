"""A body named through a document or a source after a source word ("Según un informe de la OCDE, …", "Secondo
fonti della Procura, …", "Laut einem Bericht der Polizei …"): the body in the genitive speaks, the document noun
is no speaker, and a bare plural ("fuentes de …") opens a source as an article does. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in


@pytest.mark.parametrize(
    ("language", "sentence", "text", "speaker"),
    [
        ("es", "Según fuentes de la Guardia Civil, el camión volcó al tomar la curva.",
         "el camión volcó al tomar la curva", "la Guardia Civil"),
        ("es", "Según un informe de Cáritas, la pobreza infantil creció el año pasado.",
         "la pobreza infantil creció el año pasado", "Cáritas"),
        ("pt", "Segundo fontes da PSP, o condutor fugiu depois do acidente.",
         "o condutor fugiu depois do acidente", "PSP"),
        ("it", "Secondo fonti della Questura, il ragazzo è stato fermato alla stazione.",
         "il ragazzo è stato fermato alla stazione", "Questura"),
        ("it", "Secondo un rapporto dell'Inps, le domande sono aumentate del dieci per cento.",
         "le domande sono aumentate del dieci per cento", "Inps"),
        ("fr", "Selon une étude de l'Ifop, les électeurs hésitent encore entre les deux listes.",
         "les électeurs hésitent encore entre les deux listes", "Ifop"),
        ("de", "Laut einem Bericht der Feuerwehr brach das Feuer im Keller aus.",
         "Laut einem Bericht der Feuerwehr brach das Feuer im Keller aus", "Feuerwehr"),
    ],
)
def test_the_body_in_the_genitive_of_a_document_speaks(language: str, sentence: str, text: str, speaker: str) -> None:
    assert quotes_in(language, sentence) == [("indirect", text, speaker)]


def test_a_genitive_naming_no_one_gives_no_speaker_from_the_document() -> None:
    # ("la investigación" is no body: no source is read, as before)
    assert quotes_in("es", "Según fuentes de la investigación, el detenido ya tenía antecedentes.") == []
