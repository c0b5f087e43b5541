"""A body's name joined by "and" after "the" ("the Food and Drug Administration said", "the National Search
and Rescue Agency said") is one name: the speaker is the whole body, not the words after "and". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_two_words_joined_before_the_body_noun() -> None:
    text = "“All ferries are cancelled,” the Maritime and Coastguard Agency said."
    assert said(text, "en") == [("the Maritime and Coastguard Agency", None)]


def test_a_long_name_joined_before_the_body_noun() -> None:
    text = "“Four villages were flooded,” the Provincial Flood Relief and Recovery Council said."
    assert said(text, "en") == [("the Provincial Flood Relief and Recovery Council", None)]
