"""An account named in quote marks after the noun of its kind (微信公众号“某某发布”消息称, 官方微博“某某公安”通报称):
the name in the marks is the source that speaks, as it is with the noun after the marks (“平安某市”微信公众号消息);
before, nobody was read. A user's handle after 网友 is still a person.

Every sentence is made up; each expected name is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers


def test_a_wechat_account_after_its_kind() -> None:
    assert speakers("微信公众号“某县发布”消息称，明天起城区主干道实行交通管制。") == ["某县发布"]
    assert speakers("微信公众号“某县发布”称，明天起城区主干道实行交通管制。") == ["某县发布"]


def test_an_account_publishing_news() -> None:
    assert speakers("微信公众号“某县发布”发布消息称，明天起城区主干道实行交通管制。") == ["某县发布"]


def test_an_official_weibo_reporting() -> None:
    assert speakers("官方微博“某市公安”通报称，犯罪嫌疑人已被依法刑事拘留。") == ["某市公安"]


def test_traditional() -> None:
    assert speakers("微信公眾號「某區消防」消息稱，火勢已被撲滅。") == ["某區消防"]


def test_a_user_handle_is_still_a_person() -> None:
    assert said("网友“小雨点”留言称，这家店的面很好吃。") == [("小雨点", "网友")]
