"""The one proper name between 在 and the cue is where the speaker spoke (阿齐西在莫斯科表示), even when jieba tags
that city a person's name and the speaker's own name is one it does not know: the speaker stands before 在.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_an_unknown_name_speaking_in_moscow() -> None:
    assert speakers("阿齐西在莫斯科表示，双方将扩大能源合作。") == ["阿齐西"]


def test_a_name_cut_in_two_speaking_in_ankara() -> None:
    assert speakers("苏纳克在安卡拉说，英方支持通过对话解决分歧。") == ["苏纳克"]


def test_a_known_name_speaking_in_a_city_still_speaks() -> None:
    assert speakers("王明在布达佩斯表示，项目进展顺利。") == ["王明"]
