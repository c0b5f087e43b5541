"""A form of address after a name (同志 "comrade", 奶奶, 老人) is no title: after a title and the name (区长王刚同志,
退休教师张秀英奶奶) the role is the title written before the name, never the title and the address glued into a
phrase the page never wrote (before: 区长同志, 国家主席同志, 退休教师奶奶). A name with the address alone keeps it as
the role (李明同志 -> 同志). Every sentence is made up (county, party and neighbourhood reports)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_district_head_called_comrade() -> None:
    assert said("区长王刚同志在讲话中指出，要切实抓好防汛工作。") == [("王刚", "区长")]


def test_two_offices_and_comrade() -> None:
    text = "县委副书记、县长张建国同志在会上强调，要守牢安全底线。"
    assert said(text) == [("张建国", "县委副书记、县长")]


def test_a_party_secretary_of_a_county() -> None:
    assert said("县委书记李明同志强调，要坚决守住安全底线。") == [("李明", "县委书记")]


def test_comrade_alone_after_the_name() -> None:
    assert said("李明同志在会上指出，要加强基层党建。") == [("李明", "同志")]


def test_a_retired_teacher_called_grandma() -> None:
    assert said("退休教师张秀英奶奶说，现在日子越过越好。") == [("张秀英", "退休教师")]


def test_grandma_alone_after_the_name() -> None:
    assert said("张秀英奶奶说，现在日子越过越好。") == [("张秀英", "奶奶")]

