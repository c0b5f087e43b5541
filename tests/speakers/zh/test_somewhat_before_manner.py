"""A word of "somewhat" (有些, 有点) before a word of manner and the cue (老人有些腼腆地说) is how much, never part of
who speaks; opening the phrase (有些网友) it stays with the description. Every sentence is made up; each expected
speaker is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_somewhat_after_a_description() -> None:
    assert said("这位老人有些腼腆地说，自己只是做了一点小事。") == [(None, "这位老人")]


def test_somewhat_after_a_name() -> None:
    assert said("王大爷有些激动地说，自己终于住上了新房。") == [("王大爷", None)]


def test_some_opening_a_description_stays() -> None:
    assert said("有些网友表示，这样的规定早该出台。") == [(None, "有些网友")]
