"""A body's short name that jieba reads as a person's three characters (卫健委/nr: 卫 is a surname) is no person: the
body is the whole phrase (国家卫健委, 湖南省卫健委), not 卫健委 with the place as a role.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_national_health_commission() -> None:
    assert said("国家卫健委表示，全国新增本土确诊病例3例。") == [("国家卫健委", None)]


def test_provincial_health_commission_after_ju() -> None:
    assert said("据湖南省卫健委消息，全省新增本土确诊病例3例。") == [("湖南省卫健委", None)]
