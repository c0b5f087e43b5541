"""A city jieba tags as a person's name (石家庄/nr) right before its party committee or government (市委常委, 市政府)
is the place: the office after it names its holder, who speaks (石家庄市委常委、副市长李华 -> 李华).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_city_before_its_committee_then_a_second_office() -> None:
    assert said("石家庄市委常委、副市长李华指出，全市将新建十所学校。") == [("李华", "石家庄市委常委、副市长")]


def test_a_person_before_a_title_of_the_city_stays_a_person() -> None:
    assert said("李长江市长表示，全市将新建十所学校。") == [("李长江", "市长")]
