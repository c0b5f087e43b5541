"""A body's name of common nouns closed by a body's ending, whose first noun opens with a surname (县农业|农村|局: 农 is
a surname, so 农村局 read as a surname and a given name), is one organisation, the place before it part of its name,
not a person named 农村局 with the role 县农业.

Every sentence is made up; each expected name and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_county_office_of_farming_speaks_whole() -> None:
    assert said("县农业农村局表示，今年全县粮食播种面积稳定在50万亩。") == [("县农业农村局", None)]


def test_a_reporter_learns_from_the_office() -> None:
    assert said("本台记者从市农业农村局了解到，今年全市粮食播种面积保持稳定。") == [("市农业农村局", None)]


def test_the_head_of_the_office_is_still_named() -> None:
    assert said("县农业农村局局长王建国表示，今年粮食丰收。") == [("王建国", "县农业农村局局长")]


def test_a_person_named_after_a_job_is_still_named() -> None:
    assert said("村民农建华表示，今年粮食丰收。") == [("农建华", "村民")]
