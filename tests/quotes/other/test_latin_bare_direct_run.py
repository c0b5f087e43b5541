"""In the languages read from a table, a direct quote with no reporting word and nobody named near it (a
fragment in the prose: "un incendio que ha definido como “…”"), in the paragraph right after a quote whose
speaker is known, goes on with that speaker; two paragraphs later it does not, nor where another person is
named between the two (a capital inside a sentence; not read in German, where every noun has one). Made-up
sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, *paragraphs: str) -> list[tuple[int, str | None]]:
    """(paragraph, speaker name) of each direct quote."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], language)
    return [(q.block, q.speaker.name if q.speaker else None) for q in quotes if q.kind.value == "direct"]


@pytest.mark.parametrize(
    ("language", "first", "second", "name"),
    [
        (
            "es",
            "“Hemos esperado mucho”, ha dicho Ana Ruiz este lunes.",
            "El objetivo es contener un incendio que ha definido como “uno de los más difíciles del año”.",
            "Ana Ruiz",
        ),
        (
            "it",
            "«Abbiamo aspettato molto», ha detto Marco Bianchi lunedì.",
            "L'obiettivo è fermare un incendio che ha definito «uno dei più difficili dell'anno».",
            "Marco Bianchi",
        ),
        (
            "de",
            "„Wir haben lange gewartet“, sagte Anna Berg am Montag.",
            "Das Ziel ist, einen Brand zu löschen, der als „einer der schwierigsten Einsätze des ganzen Jahres“ gilt.",
            "Anna Berg",
        ),
    ],
)
def test_a_bare_fragment_goes_on_with_the_speaker_of_the_paragraph_before(
    language: str, first: str, second: str, name: str
) -> None:
    assert _speakers(language, first, second) == [(0, name), (1, name)]


def test_a_bare_fragment_two_paragraphs_later_is_nobody_s() -> None:
    paragraphs = (
        "“Hemos esperado mucho”, ha dicho Ana Ruiz este lunes.",
        "La carretera está cortada desde la primavera y las obras durarán más de lo previsto.",
        "El objetivo es contener un incendio que ha definido como “uno de los más difíciles del año”.",
    )
    assert _speakers("es", *paragraphs) == [(0, "Ana Ruiz"), (2, None)]


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "es",
            "“Hemos esperado mucho”, ha dicho Ana Ruiz este lunes.",
            "El plan que presentó ayer Luis Vega busca contener un incendio “de los más difíciles del año”.",
        ),
        (
            "fr",
            "« Nous avons longtemps attendu », a déclaré Marie Martin lundi.",
            "Le projet présenté hier par Paul Durand veut contenir un incendie « parmi les plus difficiles de l'année ».",
        ),
    ],
)
def test_a_bare_fragment_after_another_name_is_not_the_first_speaker_s(language: str, first: str, second: str) -> None:
    quotes = _speakers(language, first, second)
    assert quotes[0][1] is not None
    assert [block for block, _ in quotes] == [0, 1]
    assert quotes[1][1] != quotes[0][1]
