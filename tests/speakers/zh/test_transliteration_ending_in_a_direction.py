"""A transliterated name whose last character jieba reads as a localiser (格罗/西, 卡瓦/西: 西 "west") is whole
before a verb, a time word or a mark: after a part of a name that 西 is the name's end, no direction.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_director_general_speaking_on_the_day() -> None:
    assert speakers("国际原子能机构总干事格罗西当天表示，核电站的安全局势仍然令人担忧。") == ["格罗西"]


def test_a_name_after_a_quote() -> None:
    assert speakers("“各方应当保持克制。”格罗西说。") == ["格罗西"]


def test_a_name_before_an_emphasising_cue() -> None:
    assert speakers("卡瓦西强调，双方的谈判将在下周继续。") == ["卡瓦西"]
