"""A body named before a Chinese credit's photographer with no reporter word ("（县融媒体中心 李杰 摄）"): its
organisation, the whole run the credit (Session 64)."""

from __future__ import annotations

import pytest

from cqnews.credit_text.photo import split_photo_credit


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("村民在新修的桥上合影。（县融媒体中心 赵明远 摄）", "县融媒体中心"),
        ("村民在新修的桥上合影。（青川日报 赵明远 摄）", "青川日报"),
        ("村民在新修的桥上合影。县融媒体中心 赵明远 摄", "县融媒体中心"),
        ("村民在新修的桥上合影。县委宣传部　赵明远 摄", "县委宣传部"),
        # any head of the one organisation table (bodies_zh.ORG_HEADS): a hospital, a school
        ("村民在新修的桥上合影。（江城市人民医院 赵明远 摄）", "江城市人民医院"),
        ("村民在新修的桥上合影。（青川县实验学校 赵明远 摄）", "青川县实验学校"),
    ],
)
def test_the_body_before_the_name_is_its_organisation(text: str, org: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "村民在新修的桥上合影。"
    assert [(c.name, c.organization) for c in credits] == [("赵明远", org)]


def test_a_place_before_the_name_is_no_organisation() -> None:
    _, credits = split_photo_credit("村民在新修的桥上合影。（青川县 赵明远 摄）")
    assert [(c.name, c.organization) for c in credits] == [("赵明远", None)]
