"""A Romance sentence opened by "as" and a verb of saying with its subject, set off by a comma ("Come ha spiegato il
questore, …", "Como ha explicado el alcalde, …", "Comme l'a expliqué le maire, …"), reports the rest of the sentence,
as German "Wie Berg sagte, …" does (before: no quote). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(language: str, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue) for q in quotes
    ]


def test_italian() -> None:
    assert _found("it", "Come ha spiegato il prefetto, le ricerche riprendono domani.") == [
        ("le ricerche riprendono domani", None, "il prefetto", "ha spiegato")
    ]


def test_spanish_with_name_and_listener() -> None:
    assert _found("es", "Tal y como ha explicado la consejera de Cultura, Ana López, el museo abrirá en marzo.") == [
        ("el museo abrirá en marzo", "Ana López", "la consejera de Cultura", "ha explicado")
    ]
    assert _found("es", "Como dijo a EFE el portavoz, la reunión fue productiva.") == [
        ("la reunión fue productiva", None, "el portavoz", "dijo")
    ]


def test_french_object_pronoun() -> None:
    assert _found("fr", "Comme l'a expliqué le maire, les travaux seront finis en juin.") == [
        ("les travaux seront finis en juin", None, "le maire", "a expliqué")
    ]


def test_comparison_is_no_report() -> None:
    assert _found("it", "Come ogni anno, la festa si terrà in piazza.") == []
    assert _found("fr", "Comme chaque année, le festival attire des milliers de visiteurs.") == []
