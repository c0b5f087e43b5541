"""A Chinese credit naming only a role ("（本报记者 摄）", "通讯员供图"): the credit, not caption text (Session 64)."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.credit_text.photo import split_photo_credit

_T1 = "县城南环路改造工程本周完工，全长约六公里，沿线新增公交站点八个，附近居民出行将更加便利。"
_T2 = "据县交通局介绍，道路两侧还将种植行道树，并在明年春季前完成路灯和人行道的改造。"


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("工人们在南环路铺设沥青。（本报记者 摄）", "工人们在南环路铺设沥青。", "（本报记者 摄）"),
        ("工人们在南环路铺设沥青。（通讯员供图）", "工人们在南环路铺设沥青。", "（通讯员供图）"),
        ("工人们在南环路铺设沥青。 通讯员 供图", "工人们在南环路铺设沥青。", "通讯员 供图"),
        ("工人们在南环路铺设沥青。记者摄", "工人们在南环路铺设沥青。", "记者摄"),
    ],
)
def test_a_role_alone_is_a_credit_naming_no_one(text: str, caption: str, raw: str) -> None:
    got, credits = split_photo_credit(text)
    assert got == caption
    assert [(c.name, c.organization, c.raw) for c in credits] == [(None, None, raw)]
    assert credits[0].role is cqnews.CreditRole.PHOTOGRAPHER


def test_a_role_with_a_name_still_names_the_photographer() -> None:
    _, credits = split_photo_credit("工人们在南环路铺设沥青。（本报记者 王立新 摄）")
    assert [c.name for c in credits] == ["王立新"]


def test_a_county_portal_caption_loses_its_role_credit() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>南环路</title></head><body><div class='article'><h1>南环路完工</h1>"
        f"<p>{_T1}</p><p style='text-align:center'><img src='/upload/2024/road.jpg'></p>"
        "<p style='text-align:center'>工人们在南环路铺设沥青。（通讯员供图）</p>"
        f"<p>{_T2}</p><p>{_T1}{_T2}</p></div></body></html>"
    )
    article = cqnews.parse(html)
    [image] = article.images
    assert image.caption == "工人们在南环路铺设沥青。"
    assert [(c.name, c.organization) for c in image.credits] == [(None, None)]
    assert len(article.body) == 3
