"""Chinese bodies and kinds of people: people of a place (四川农民) and another one counted (另一名街坊) are
unnamed sources; a body's name joining two fields (康樂及文化事務署), a front (陣線), a league (盟) and a short name
opening with 中 (中大學生會) are bodies.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said

_LONG = "，這個問題已經持續了很長時間，政府必須盡快處理。"


def test_people_of_a_place_are_an_unnamed_source_not_a_body() -> None:
    # 四川农民 ("farmers of Sichuan"), 当地渔民 ("local fishermen"): a kind of person and where they are from; nobody
    # is named, and no organisation of that name speaks.
    assert said("四川农民说：“今年雨水太多了。”") == [(None, "四川农民")]
    assert said("当地渔民表示：“今年雨水太多了。”") == [(None, "当地渔民")]
    assert said("杭州店主说：“今年生意不好做。”") == [(None, "杭州店主")]
    assert said("深圳司机说：“今年生意不好做。”") == [(None, "深圳司机")]


def test_a_place_before_a_body_is_still_the_body() -> None:
    # 四川航空 (an airline), 美国 (a country): no kind of person, the body or the country speaks.
    assert said("四川航空表示：“航班正常。”") == [("四川航空", None)]
    assert said("美国表示：“我们不接受。”") == [("美国", None)]


def test_a_body_whose_name_joins_two_fields_is_one_body() -> None:
    # 康樂及文化事務署 ("Leisure and Cultural Services Department"): 康樂 is tagged a name by the segmenter, but with
    # 及 and a body's name after it, it is the first half of one body's name, not a person speaking for both.
    assert said("康樂及文化事務署表示，場地會暫時關閉。") == [("康樂及文化事務署", None)]
    assert said("康乐及文化事务署昨日表示，场地会暂时关闭。") == [("康乐及文化事务署", None)]


def test_two_people_joined_are_still_read_as_the_first() -> None:
    # 王明和李华: two people; the first named speaks for both, as before.
    assert said("王明和李华表示，他们会参加比赛。") == [("王明", None)]


def test_another_person_counted_is_an_unnamed_source() -> None:
    # 另一名街坊 ("another neighbour"): a count of one person and a noun, nobody named, no organisation.
    assert said("另一名街坊則認為" + _LONG) == [(None, "另一名街坊")]


def test_a_front_is_a_named_body() -> None:
    # 民間人權陣線 ("Civil Human Rights Front"): a body named by its own name (陣線, a front), not an unnamed source.
    assert said("民間人權陣線表示" + _LONG) == [("民間人權陣線", None)]


def test_a_short_name_of_a_body_opening_with_zhong_keeps_it() -> None:
    # 中大學生會 (the students' union of 中大, a university), 中聯辦: 中 opens the body's short name; it is no
    # localiser ("in") to drop.
    assert said("中大學生會表示" + _LONG) == [("中大學生會", None)]
    assert said("中聯辦主任駱惠寧表示" + _LONG) == [("駱惠寧", "中聯辦主任")]


def test_a_league_is_a_named_body() -> None:
    # 職工盟 (a confederation of trade unions, 盟 "league"): a body, not an unnamed source.
    assert said("職工盟表示" + _LONG) == [("職工盟", None)]


def test_what_a_body_did_is_no_part_of_its_name() -> None:
    # 法院审理认为 ("the court, having tried the case, held"): the court speaks; 审理 is what it did.
    assert said("法院审理认为，被告人的行为已构成诈骗罪。") == [("法院", None)]


def test_one_person_counted_by_the_bare_numeral_is_an_unnamed_source() -> None:
    # 一司机 ("a driver"), 一乘客 ("a passenger"): the numeral 一 counts one person of that kind, as 一名 does; nobody
    # is named, so the description is the role, not a name.
    assert said("一司机告诉记者，这条路已经堵了三个小时。") == [(None, "一司机")]
    assert said("一司机称：“这条路已经堵了三个小时。”") == [(None, "一司机")]


def test_a_body_counted_is_an_unnamed_source() -> None:
    # 一家公司 ("a company"), 多家企业 ("several firms"): a count of bodies (the measure 家) and a noun; no body is
    # named, so no name: the description is the role.
    assert said("一家公司表示，今年的订单比去年少了一半。") == [(None, "一家公司")]
    assert said("多家企业表示，今年的订单比去年少了一半。") == [(None, "多家企业")]
