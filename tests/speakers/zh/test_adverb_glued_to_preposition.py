"""正在 (the adverb 正 and the preposition 在, read as one word) opens the phrase of where the speaker is, as 在
does: the place or the occasion after it is no part of the speaker.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_person_speaking_at_a_press_conference() -> None:
    assert speakers("李建国正在记者会上表示，今年将新增就业岗位一万个。") == ["李建国"]


def test_a_person_speaking_in_a_city() -> None:
    assert speakers("欧阳明正在北京表示，合作协议有望年内签署。") == ["欧阳明"]


def test_an_organisation_speaking_in_a_city() -> None:
    assert speakers("市教委正在北京表示，秋季学期将如期开学。") == ["市教委"]


def test_an_organisation_speaking_during_a_visit() -> None:
    assert speakers("世界银行正在调研中指出，该地区的基础设施缺口仍然很大。") == ["世界银行"]
