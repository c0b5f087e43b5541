"""A court's or a prosecutor's officer named by the office after the body or a word of its kind (市中院法官, 地院法官,
暂委法官, 县检察院检察官), nobody named: the office's unnamed holder, a role, as 市检察院检察长 is (titles_zh.OFFICE_ENDS
gains 官). Before, the phrase was read as an organisation's name. Every sentence is made up; each expected value is
read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_officer_after_the_court() -> None:
    assert said("市中院法官表示，被告犯行明确。") == [(None, "市中院法官")]
    assert said("地院法官认为，被告犯行明确。") == [(None, "地院法官")]
    assert said("县检察院检察官表示，被告涉嫌重大。") == [(None, "县检察院检察官")]


def test_officer_after_a_word_of_its_kind() -> None:
    assert said("暂委法官表示，被告的行为极度危险。") == [(None, "暂委法官")]


def test_named_officer_keeps_the_name() -> None:
    assert said("法官王明表示，被告犯行明确。") == [("王明", "法官")]
