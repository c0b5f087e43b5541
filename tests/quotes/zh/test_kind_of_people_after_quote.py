"""A quote opening its paragraph, then a frame and a clause opening with a noun of a kind of people and a name
(“…”一进门，养殖户赵建国就热情地招呼我们。): the name speaks, the noun is the role, as with a title (村支书赵建国)
(made-up paragraphs of a county media centre's visit to farmers)."""

from __future__ import annotations

from tests.quote_helpers import roles, speakers


def test_breeder_named_after_a_frame() -> None:
    p = "“你们来得正好！”一进门，养殖户赵建国就热情地招呼我们。"
    assert speakers(p) == ["赵建国"]
    assert roles(p) == ["养殖户"]


def test_grower_named_after_a_frame_of_topic() -> None:
    p = "“今年的收成不错，一亩能多挣两千块。”说起这些，种植户李华笑得合不拢嘴。"
    assert speakers(p) == ["李华"]
