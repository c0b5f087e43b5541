"""A clause of a gesture before the colon of a quote (叹了口气：“…”) is what someone does, not who speaks; a familiar
name (老 and a surname) jieba reads as a time word before such a gesture is the speaker. Made-up sentences in the
shape of county features; expected speakers are read off each sentence."""

from __future__ import annotations

import cqnews


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in cqnews.parse_text(text).quotes]


def test_a_gesture_with_no_subject_is_no_speaker() -> None:
    assert _speakers("昨天叹了口气：“今年的雨水太少，庄稼都旱死了。”") == [None]


def test_a_familiar_name_before_a_gesture_speaks() -> None:
    assert _speakers("老周叹了口气：“今年的雨水太少，庄稼都旱死了。”") == ["老周"]
    assert _speakers("老周叹了一声：“果园又要减产了。”") == ["老周"]


def test_an_action_after_a_name_read_into_a_word_is_no_part_of_it() -> None:
    said = cqnews.parse_text("“这片林子是我爷爷种下的。”护林员周长贵指着远处说。").quotes
    assert [(q.speaker.name, q.speaker.role) for q in said if q.speaker] == [("周长贵", "护林员")]
