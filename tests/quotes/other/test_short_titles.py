"""A short title ("Me", "Dr") is a whole word, not the ending of a longer one: French first names and verbs
ending in "-me" ("Guillaume", "Maxime", "estime") are no office. Made-up sentences; each expected value is
read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(sentence: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=sentence)], "fr")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("« Nous ne céderons rien sur ce point », a déclaré Guillaume Durand.", "Guillaume Durand"),
        ("Selon Maxime Leroy, « le texte sera voté avant l'été ».", "Maxime Leroy"),
    ],
)
def test_a_first_name_ending_in_me_is_part_of_the_name(sentence: str, name: str) -> None:
    assert _speakers(sentence) == [(name, None)]


def test_a_verb_ending_in_me_is_no_role() -> None:
    assert _speakers("« Le texte sera voté avant l'été », estime Paul Martin.") == [("Paul Martin", None)]


def test_the_short_title_itself_is_still_a_role() -> None:
    assert _speakers("« Mon client est innocent », a déclaré Me Paul Martin.") == [("Paul Martin", "Me")]
