"""Romance languages: an office and the body it belongs to ("el portavoz del PSOE", "il presidente della Regione",
"le ministre de la Santé") before a reporting verb. The office speaks, unnamed: the body or the field after it is
no speaker. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_body_an_office_belongs_to_is_no_speaker() -> None:
    assert speakers("El portavoz del PSOE afirmó que el partido apoyará la reforma.", "es") == [None]
    assert speakers("Il presidente della Regione ha spiegato che i fondi arriveranno presto.", "it") == [None]
    assert speakers("Le ministre de la Santé a estimé que la situation restait grave.", "fr") == [None]
    assert speakers("O presidente da Câmara afirmou que a obra termina em julho.", "pt") == [None]


def test_a_name_after_the_office_still_speaks() -> None:
    assert speakers("El ministro Luis del Río afirmó que el partido apoyará la reforma.", "es") == ["Luis del Río"]
    assert speakers("Le ministre de l'Intérieur Gérald Morin a estimé que la situation restait grave.", "fr") == [
        "Gérald Morin"
    ]
    assert speakers("La Guardia Civil afirmó que el detenido tenía antecedentes.", "es") == ["Guardia Civil"]
