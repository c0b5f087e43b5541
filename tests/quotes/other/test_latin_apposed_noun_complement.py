"""After a verb of saying and a name, a lower-case noun with its complement set off by a comma ("titolare del bar
…", "moradora do bairro", "mère de deux enfants") is the person's role, as an office there is ("adjointe aux
finances"); a gerund there says what the person was doing and is no role ("uscendo da casa", "saliendo de la
reunión"; LatinTable.gerund_endings). Before: no role. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_noun_and_complement_is_the_role() -> None:
    assert said("«Qui non passa nessuno», afferma Rita Bassi, titolare del forno di via Emilia.", "it") == [
        ("Rita Bassi", "titolare del forno di via Emilia")
    ]
    assert said("«Ninguém nos ouve», garantiu Rosa Pinto, moradora do bairro.", "pt") == [
        ("Rosa Pinto", "moradora do bairro")
    ]
    assert said("« On attend des réponses », résume Sophie Leroux, mère de deux enfants.", "fr") == [
        ("Sophie Leroux", "mère de deux enfants")
    ]


def test_gerund_is_no_role() -> None:
    assert said("«Non ho paura», ha detto Mario Rossi, uscendo da casa.", "it") == [("Mario Rossi", None)]
    assert said("«Estamos hartos», dice Ana Ruiz, saliendo de la reunión.", "es") == [("Ana Ruiz", None)]
