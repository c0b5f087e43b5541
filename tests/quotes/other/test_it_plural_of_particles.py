"""Italian "di" joined to the plural articles and to "lo" ("degli", "delle", "dello") is a particle of an office's
complement as "del" and "della" are: "il ministro degli Esteri Antonio Tajani" is Antonio Tajani, "il ministro degli
Esteri" (before: the name "Esteri Antonio Tajani", the role "ministro degli"). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "it")
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_degli_before_the_name() -> None:
    assert _found("Il ministro degli Esteri Marco Bianchi ha detto che la crisi è grave.") == [
        ("Marco Bianchi", "Il ministro degli Esteri")
    ]


def test_delle_after_the_quote() -> None:
    assert _found('"I fondi non bastano", ha detto la presidente delle Regioni Carla Neri.') == [
        ("Carla Neri", "la presidente delle Regioni")
    ]


def test_dello_before_the_name() -> None:
    assert _found("Il direttore dello Spallanzani Luca Neri ha spiegato che il virus è sotto controllo.") == [
        ("Luca Neri", "Il direttore dello Spallanzani")
    ]
