"""A doctor's title after an article ("el doctor José García", "il dottor Marco Rossi", "o médico João Silva", "le
docteur Paul Girard") is an office: the name after it speaks and the article and title are the role, as with "el
ministro". Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_a_doctor_before_a_name() -> None:
    # before: no speaker, the name inside the role ("el doctor José García")
    assert _speakers("es", "«Hay que vacunar antes del invierno», dijo el doctor José García.") == [
        ("José García", "el doctor")
    ]
    assert _speakers("it", "«Bisogna vaccinare prima dell'inverno», ha detto il dottor Marco Rossi.") == [
        ("Marco Rossi", "il dottor")
    ]
    assert _speakers("pt", "«É preciso vacinar antes do inverno», disse o médico João Silva.") == [
        ("João Silva", "o médico")
    ]
    assert _speakers("fr", "« Il faut vacciner avant l'hiver », a indiqué le docteur Paul Girard.") == [
        ("Paul Girard", "le docteur")
    ]


def test_the_doctor_alone_describes() -> None:
    assert _speakers("es", "«Hay que vacunar antes del invierno», dijo el médico.") == [(None, "el médico")]
