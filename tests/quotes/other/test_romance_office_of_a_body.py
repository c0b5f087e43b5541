"""Romance languages: an office and the body it belongs to ("el portavoz del PSOE", "il presidente della Regione",
"le ministre de la Santé") before a reporting verb. The office speaks, unnamed: the body or the field after it is
no speaker. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], language)]


def test_the_body_an_office_belongs_to_is_no_speaker() -> None:
    assert _speakers("es", "El portavoz del PSOE afirmó que el partido apoyará la reforma.") == [None]
    assert _speakers("it", "Il presidente della Regione ha spiegato che i fondi arriveranno presto.") == [None]
    assert _speakers("fr", "Le ministre de la Santé a estimé que la situation restait grave.") == [None]
    assert _speakers("pt", "O presidente da Câmara afirmou que a obra termina em julho.") == [None]


def test_a_name_after_the_office_still_speaks() -> None:
    assert _speakers("es", "El ministro Luis del Río afirmó que el partido apoyará la reforma.") == ["Luis del Río"]
    assert _speakers("fr", "Le ministre de l'Intérieur Gérald Morin a estimé que la situation restait grave.") == [
        "Gérald Morin"
    ]
    assert _speakers("es", "La Guardia Civil afirmó que el detenido tenía antecedentes.") == ["Guardia Civil"]
