"""An age written as one adjective between an article and a name ("der 58-jährige Thomas Hofmann", "de 58-jarige
Jan de Vries") describes the person the name names: the name speaks, the article and the age are the role. Where
every noun is capitalised (German), a noun after the age is no name ("der 58-jährige Rentner"). Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


def test_an_age_before_a_german_name() -> None:
    # before: no speaker, the whole phrase "der 58-jährige Thomas Hofmann" its role
    assert _speakers("de", "„Das Budget reicht nicht“, sagte der 58-jährige Thomas Hofmann.") == [
        ("Thomas Hofmann", "der 58-jährige")
    ]


def test_an_age_before_a_dutch_name() -> None:
    assert _speakers("nl", "„We sluiten de weg”, zei de 58-jarige Jan de Vries.") == [("Jan de Vries", "de 58-jarige")]
    assert _speakers("nl", "„We sluiten de weg”, zei de 58-jarige De Vries.") == [("De Vries", "de 58-jarige")]


def test_an_age_before_a_german_noun_names_no_one() -> None:
    assert _speakers("de", "„Das Budget reicht nicht“, sagte der 58-jährige Rentner.") == [
        (None, "der 58-jährige Rentner")
    ]
