"""A day pointer jieba glues to the preposition after it (法官|昨在/t|判词中, 部长|昨亦在/p|会上: "yesterday at"), an
adverb between or none, opens the phrase of where the speaker spoke, as 在 does: the phrase is no part of who speaks.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_judge_in_the_judgment_yesterday() -> None:
    assert said("法官昨在判词中指出，被告的行为极不负责任。") == [(None, "法官")]


def test_mayor_of_a_city_answering_in_council_traditional() -> None:
    assert said("台北市長昨在市議會答詢時表示，捷運延伸線將於明年通車。") == [(None, "台北市長")]


def test_named_councillor_on_social_media() -> None:
    assert said("議員陳志明昨在臉書發文說，政府應盡快檢討有關政策。") == [("陳志明", "議員")]


def test_an_adverb_between_the_day_and_the_preposition() -> None:
    assert said("教育局局长昨亦在会上表示，新学年将增加学位。") == [(None, "教育局局长")]
