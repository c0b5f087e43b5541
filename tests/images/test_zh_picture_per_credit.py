"""A Chinese credit "图据…" (the picture as given by: "图据网络", "（图据新华社）") closing a caption is the picture's
credit, as "图片来源于网络" is; "图据统计，…" opening a caption is no credit."""

from __future__ import annotations

import pytest

import cqnews
from tests.figure_helpers import article_around

_LEDE = "港务局周一表示，经过三年建设，新码头将于今年秋季投入使用，届时年吞吐能力将提高三成。"


def _image(caption: str) -> cqnews.Image:
    figure = f"<figure><img src='/img/port-800.jpg'><figcaption>{caption}</figcaption></figure>"
    article = article_around(
        figure, lede=f"<p>{_LEDE}</p>", title="新码头将于秋季投入使用", url="https://news.example.cn/2026/05/12/port.html"
    )
    [image] = article.images
    return image


@pytest.mark.parametrize(
    ("caption", "credit", "organization"),
    [
        ("工人在码头装卸集装箱。（图据网络）", "（图据网络）", "网络"),
        ("工人在码头装卸集装箱。图据新华社", "图据新华社", "新华社"),
    ],
)
def test_picture_per_credit_closes_the_caption(caption: str, credit: str, organization: str) -> None:
    image = _image(caption)
    assert image.caption == "工人在码头装卸集装箱。"
    assert [(c.raw, c.organization) for c in image.credits] == [(credit, organization)]


def test_picture_per_statistics_opening_a_caption_is_no_credit() -> None:
    image = _image("图据统计，港口吞吐量增长两成。")
    assert image.caption == "图据统计，港口吞吐量增长两成。"
    assert image.credits == []
