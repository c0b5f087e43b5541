"""受访 (being interviewed) before a cue frames it as 接受采访 does (柯文雄今天受访表示, Taiwan papers): the words up to it
are the speaker, whatever the segmenter makes of the name (柯文/雄: no name to it).

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_mayor_interviewed_today() -> None:
    assert said("台北市长柯文雄今天受访表示，市府会检讨相关政策。") == [("柯文雄", "台北市长")]


def test_name_interviewed_in_traditional_characters() -> None:
    assert said("柯文德受訪表示，市府會檢討相關政策。") == [("柯文德", None)]
