"""A role put together from the words before a name and the title after it (港大醫學院院長…教授) is given in the
page's own characters: the page writes traditional ones (before: 港大医学院院长教授, characters the page never
wrote). Every sentence is made up (Hong Kong and Taiwan papers)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_hong_kong_dean_and_professor() -> None:
    said_ = said("港大醫學院院長梁卓偉教授指出：「長者的疫苗接種率仍需提高。」")
    assert said_ == [("梁卓偉", "港大醫學院院長教授")]


def test_taiwan_university_and_professor() -> None:
    said_ = said("臺灣大學公衛學院陳秀熙教授說，疫情將在兩週內達到高峰。")
    assert said_ == [("陳秀熙", "臺灣大學公衛學院教授")]
