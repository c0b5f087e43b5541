"""A noun of a kind of person before a name whose last character the segmenter glues to the name (车/主张/女士: 主张
"to claim"; 跑/友林峰), and a familiar name (老张, 小王) after a word jieba does not tag a noun (保安/nz, 瓜农/nrt) or
read as a time word (老周/t): the noun is the role, the name the speaker. Every sentence is made up; each expected
(name, role) is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_owner_before_the_surname_zhang_and_an_honorific() -> None:
    assert said("“车在这里停了一个星期。”车主张女士说。") == [("张女士", "车主")]


def test_an_owner_before_the_surname_zhang_and_a_form_of_address() -> None:
    assert said("“船漏水好几天了。”船主张师傅说。") == [("张师傅", "船主")]


def test_an_owner_before_the_quote() -> None:
    assert said("货主张先生告诉记者：“这批货下周才能到。”") == [("张先生", "货主")]


def test_a_claim_stays_a_word() -> None:
    assert said("“我们的主张一直没有变。”公司负责人说。") == [(None, "公司负责人")]


def test_a_fellow_runner_before_a_name() -> None:
    assert said("“每天早上我都来这里跑十公里。”跑友林峰说。") == [("林峰", "跑友")]


def test_a_fellow_rider_before_a_name() -> None:
    assert said("“这条路线风景最好。”骑友何涛说。") == [("何涛", "骑友")]


def test_a_full_name_of_three_characters_stays_whole() -> None:
    assert said("“明天一早出发。”王小林说。") == [("王小林", None)]


def test_a_guard_called_by_a_familiar_name() -> None:
    assert said("“这个月已经是第三回了。”保安老张说。") == [("老张", "保安")]


def test_a_melon_grower_called_by_a_familiar_name() -> None:
    assert said("“今年的瓜又大又甜。”瓜农老杨说。") == [("老杨", "瓜农")]


def test_a_familiar_name_read_as_a_time_word() -> None:
    assert said("“这条街一天要扫三遍。”清洁工老周说。") == [("老周", "清洁工")]


def test_a_double_surname_and_given_name_stay_whole() -> None:
    assert said("“这个项目很有前景。”欧阳小林说。") == [("欧阳小林", None)]


def test_a_courier_before_a_familiar_name() -> None:
    assert said("“今天的包裹都送完了。”快递员小郑告诉记者。") == [("小郑", "快递员")]
