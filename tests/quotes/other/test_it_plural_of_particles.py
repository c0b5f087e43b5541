"""Italian "di" joined to the plural articles and to "lo" ("degli", "delle", "dello") is a particle of an office's
complement as "del" and "della" are: "il ministro degli Esteri Antonio Tajani" is Antonio Tajani, "il ministro degli
Esteri" (before: the name "Esteri Antonio Tajani", the role "ministro degli"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_degli_before_the_name() -> None:
    assert said("Il ministro degli Esteri Marco Bianchi ha detto che la crisi è grave.", "it") == [
        ("Marco Bianchi", "Il ministro degli Esteri")
    ]


def test_delle_after_the_quote() -> None:
    assert said('"I fondi non bastano", ha detto la presidente delle Regioni Carla Neri.', "it") == [
        ("Carla Neri", "la presidente delle Regioni")
    ]


def test_dello_before_the_name() -> None:
    assert said("Il direttore dello Spallanzani Luca Neri ha spiegato che il virus è sotto controllo.", "it") == [
        ("Luca Neri", "Il direttore dello Spallanzani")
    ]
