"""A conjunction capitalised at the start of its sentence ("Dass …", "Que …") is no part of a speaker's name.
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(language: str, text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], language)]


def test_dass_opening_a_sentence_is_no_given_name() -> None:
    # before: "Dass Kramer" was the speaker of the second quote
    found = _speakers(
        "de", "Dass Kramer bald ging, war „so nie geplant“, hat Olsen dem Sender erzählt: „Wir waren alle überrascht.“"
    )
    assert all(name is None or not name.startswith("Dass") for name in found)
    found = _speakers("de", "Dass Kramer ging, bestätigte Olsen am Montag: „Wir waren alle überrascht.“")
    assert found[-1] == "Olsen"


def test_que_opening_a_sentence_is_no_part_of_a_name() -> None:
    for language, text in (
        ("fr", "Que Moreau démissionne, personne ne l'avait prévu : « Nous sommes tous surpris. »"),
        ("es", "Que Herrera dimitiera, nadie lo esperaba: «Estamos todos sorprendidos»."),
    ):
        assert all(name is None or not name.lower().startswith("que ") for name in _speakers(language, text)), text
