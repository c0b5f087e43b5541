"""A body's name joined by "and" after "the" ("the Food and Drug Administration said", "the National Search
and Rescue Agency said") is one name: the speaker is the whole body, not the words after "and". Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_two_words_joined_before_the_body_noun() -> None:
    text = "“All ferries are cancelled,” the Maritime and Coastguard Agency said."
    assert _speakers(text) == [("the Maritime and Coastguard Agency", None)]


def test_a_long_name_joined_before_the_body_noun() -> None:
    text = "“Four villages were flooded,” the Provincial Flood Relief and Recovery Council said."
    assert _speakers(text) == [("the Provincial Flood Relief and Recovery Council", None)]
