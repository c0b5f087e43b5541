"""镇长 (a town's head) and 站长 (a station's head) are titles jieba's dictionary tags verbs: nouns, as 署长 and 处长
are (``titles_zh.TITLES_TAGGED_OTHERWISE``), so the title alone before a cue is the office's unnamed holder and a name
after it that is also a word (江山, 方正) is its holder's name.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_town_head_alone() -> None:
    assert said("镇长说：“今年要修三条路。”") == [(None, "镇长")]


def test_town_head_named_with_a_word() -> None:
    assert said("镇长江山介绍：“全镇已经通了自来水。”") == [("江山", "镇长")]


def test_station_head_named_with_a_word() -> None:
    assert said("站长方正说：“列车全部正点。”") == [("方正", "站长")]


def test_town_head_named_unchanged() -> None:
    assert said("镇长刘强告诉记者：“全镇的稻谷都收完了。”") == [("刘强", "镇长")]
