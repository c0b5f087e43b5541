"""A demonstrative glued to a body's head (该校, 该院, 该局: one word to the segmenter) is a subject of its own: a verb of
speaking after it (回应, 回复) belongs to the cue, as after 该公司, and is no noun the demonstrative points at (该报道称
keeps its report). Every sentence is made up; each expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_school_responding_is_the_school() -> None:
    assert speakers("对于家长的质疑，该校回应称，视频是被人剪辑过的。") == ["该校"]


def test_the_bureau_responding_is_the_bureau() -> None:
    assert speakers("对于居民的投诉，该局回应表示，已经派人到现场核查。") == ["该局"]

