"""The one spoken to is no speaker: 向記者 (to the reporters), 向警方 (to the police) after an unnamed source name
nobody, though 向 is also a surname (made-up paragraphs; the speakers are read from them)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_resident_telling_the_reporters_is_an_unnamed_resident() -> None:
    assert said("有居民向記者表示，大廈的升降機經常故障。") == [(None, "居民")]


def test_a_man_telling_the_police_is_an_unnamed_man() -> None:
    assert said("該名男子向警方表示，他當時並不在場。") == [(None, "男子")]


def test_the_same_in_simplified_characters() -> None:
    assert said("有居民向记者表示，大厦的升降机经常故障。") == [(None, "居民")]
