"""After a verb of saying and a name, a lower-case noun with its complement set off by a comma ("titolare del bar
…", "moradora do bairro", "mère de deux enfants") is the person's role, as an office there is ("adjointe aux
finances"); a gerund there says what the person was doing and is no role ("uscendo da casa", "saliendo de la
reunión"; LatinTable.gerund_endings). Before: no role. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_noun_and_complement_is_the_role() -> None:
    assert _found("it", "«Qui non passa nessuno», afferma Rita Bassi, titolare del forno di via Emilia.") == [
        ("Rita Bassi", "titolare del forno di via Emilia")
    ]
    assert _found("pt", "«Ninguém nos ouve», garantiu Rosa Pinto, moradora do bairro.") == [
        ("Rosa Pinto", "moradora do bairro")
    ]
    assert _found("fr", "« On attend des réponses », résume Sophie Leroux, mère de deux enfants.") == [
        ("Sophie Leroux", "mère de deux enfants")
    ]


def test_gerund_is_no_role() -> None:
    assert _found("it", "«Non ho paura», ha detto Mario Rossi, uscendo da casa.") == [("Mario Rossi", None)]
    assert _found("es", "«Estamos hartos», dice Ana Ruiz, saliendo de la reunión.") == [("Ana Ruiz", None)]
