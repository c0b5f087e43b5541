"""A user's handle in quote marks after the noun of a user, then a colon and the words (网友“清风”：“…”): the handle is
the speaker, the noun its role, as before a cue (网友“清风”留言说) (made-up paragraphs of a WeChat feature)."""

from __future__ import annotations

from tests.quote_helpers import roles, speakers


def test_net_user_with_a_colon() -> None:
    p = "网友“清风”：“这条路终于修好了，给家乡点赞！”"
    assert speakers(p) == ["清风"]
    assert roles(p) == ["网友"]


def test_blogger_with_a_colon() -> None:
    p = "博主“旅行的猫”：“景区门票太贵了，性价比不高。”"
    assert speakers(p) == ["旅行的猫"]
    assert roles(p) == ["博主"]


def test_weibo_user_in_corner_marks() -> None:
    p = "微博用户「小魚兒」：「排了兩個小時的隊，終於買到了。」"
    assert speakers(p) == ["小魚兒"]


def test_handle_after_a_clause_of_posting_is_no_quote() -> None:
    p = "不少网友留言点赞，网友“清风”：“这条路终于修好了。”"
    assert speakers(p) == ["清风"]


def test_handle_before_a_verb_of_posting_is_no_quote() -> None:
    p = "有人转发了这条视频，网友“小雨点”在论坛发文称，这家店的菜量太少了。"
    assert speakers(p) == ["小雨点"]
