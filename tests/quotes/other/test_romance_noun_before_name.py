"""Romance and Portuguese: an article, a lower-case noun that is no office and a name ("el vecino Rubén Mata", "o
comandante Rui Matos"): the name speaks, the article and the noun are its role, as German reads "die Amerikanerin
Jane Doe". A weekday is no such noun ("el jueves Pedro Sánchez"). Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    found = find_quotes([Block(text=text)], language)
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in found]


def test_a_name_after_an_article_and_a_noun_speaks() -> None:
    assert _speakers("es", "«La situación está controlada desde anoche», dijo el vecino Rubén Mata.") == [
        ("Rubén Mata", "el vecino")
    ]
    assert _speakers("pt", "«A situação está controlada desde ontem», garantiu o comandante Rui Matos.") == [
        ("Rui Matos", "o comandante")
    ]


def test_a_weekday_is_no_noun_of_a_role() -> None:
    found = _speakers("es", "«La situación está controlada desde anoche», dijo el jueves Pedro Sánchez.")
    assert all(role != "el jueves" for _, role in found)
