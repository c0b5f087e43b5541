"""Learning from a source (记者从省气象台了解到，…): the source's words are reported, as with 获悉; the writer's own
learning with no source (记者了解到，…) and learning as no report (让更多人了解到…) report nothing.

Every sentence is made up; each expected value is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_the_reporter_learning_from_the_weather_office() -> None:
    assert reported_by("记者从省气象台了解到，本周末全省将有一次明显降温过程。") == [
        ("省气象台", "本周末全省将有一次明显降温过程。")
    ]


def test_learning_from_a_city_bureau_without_the_reporter() -> None:
    assert reported_by("从市交通局了解到，地铁三号线将于年底通车。") == [("市交通局", "地铁三号线将于年底通车。")]


def test_the_reporter_learning_with_no_source() -> None:
    assert reported_by("记者了解到，该小区已有二十年历史。") == []


def test_learning_as_no_report() -> None:
    assert reported_by("他希望更多人了解到这项政策的好处。") == []
