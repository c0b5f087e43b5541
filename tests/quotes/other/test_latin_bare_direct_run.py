"""In the languages read from a table, a direct quote with no reporting word and nobody named near it (a
fragment in the prose: "un incendio que ha definido como “…”"), in the paragraph right after a quote whose
speaker is known, goes on with that speaker; two paragraphs later it does not. Made-up sentences only."""

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
