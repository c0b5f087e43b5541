"""Common given names of German, French, Spanish, Italian, Portuguese and Dutch speakers are read as names, so an
age before them is a role and the name the speaker ("der 58-jährige Klaus Hofmann"). Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.enrich.speakers.given_names import given_name_gender
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], language)
    return [(q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("„Die Kasse ist leer“, sagte der 61-jährige Klaus Brenner.", "Klaus Brenner", "der 61-jährige"),
        ("„Die Kasse ist leer“, sagte der 44-jährige Jürgen Wendt.", "Jürgen Wendt", "der 44-jährige"),
        ("„Die Kasse ist leer“, sagte die 39-jährige Sabine Kröger.", "Sabine Kröger", "die 39-jährige"),
    ],
)
def test_an_age_before_a_common_german_given_name(text: str, name: str, role: str) -> None:
    assert _speakers("de", text) == [(name, role)]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Uwe Rehberg", "m"),
        ("Katja Lorenz", "f"),
        ("Thierry Vasseur", "m"),
        ("Sandrine Colin", "f"),
        ("Gonzalo Prieto", "m"),
        ("Nuria Pardo", "f"),
        ("Gianluca Ferri", "m"),
        ("Tiziana Rossi", "f"),
        ("Gonçalo Sousa", "m"),
        ("Joana Pires", "f"),
        ("Sjoerd Bakker", "m"),
        ("Marieke Visser", "f"),
    ],
)
def test_common_given_names_tell_the_sex(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Simone Weber", "Gabriele Conti"])
def test_a_name_of_both_sexes_across_languages_tells_none(name: str) -> None:
    # "Simone" is a woman in French and German, a man in Italian; "Gabriele" a woman in German, a man in Italian
    assert given_name_gender(name) is None


@pytest.mark.parametrize(("name", "gender"), [("Jan Whitmore", "f"), ("Nicola Hartley", "f")])
def test_the_english_reading_of_a_name_stays_outside_the_languages_tables(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender
