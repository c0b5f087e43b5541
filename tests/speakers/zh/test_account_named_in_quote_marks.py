"""A source that is an account named in quote marks before the noun of its kind (据“平安某市”微信公众号消息, “某县发布”
视频号称): the name in the marks is the source, never the bare noun 微信公众号 that follows the closing mark. Every
sentence is made up; each expected name is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def _names(text: str) -> list[str | None]:
    return [name for name, _role in said(text)]


def test_account_after_according_to() -> None:
    assert _names("据“平安某市”微信公众号消息，一名男子因酒驾被查处。") == ["平安某市"]


def test_account_with_a_date_before_the_news() -> None:
    assert _names("据“某省发布”微信公众号5日消息，高速公路将恢复通行。") == ["某省发布"]


def test_account_opening_the_sentence() -> None:
    assert _names("“健康某市”公众号发布消息称，全市新增接种点二十个。") == ["健康某市"]


def test_traditional_account() -> None:
    assert _names("據「某區消防」微信公眾號消息，火勢已被撲滅。") == ["某區消防"]


def test_user_handle_still_named_with_its_role() -> None:
    assert said("网友“小雨点”留言称，这家店的面很好吃。") == [("小雨点", "网友")]
