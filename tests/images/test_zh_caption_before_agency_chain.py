"""A Chinese caption followed without a space by an agency credit ("…检修。图/视觉中国") is a caption and a credit,
not a credit chain (made-up captions)."""

from __future__ import annotations

import cqnews

_LEDE = (
    "<p>" + "市政府周一决定在冬季到来之前修复河上的大桥，工程预计将持续三个月，居民出行将受到一定影响。" * 3 + "</p>"
)


def _images(figure: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    html = (
        '<html lang="zh-CN"><head><title>市政府决定修复大桥</title></head><body><article><h1>市政府决定修复大桥</h1>'
        f"{_LEDE}{figure}{_LEDE}{_LEDE}</article></body></html>"
    )
    article = cqnews.parse(html, url="https://www.example.cn/news/2024/05/bridge.html")
    return [(image.caption, [(c.name, c.organization) for c in image.credits]) for image in article.images]


_IMG = '<img src="/upload/2024/05/bridge.jpg" width="800" height="533">'


def test_caption_then_agency_after_a_chinese_full_stop() -> None:
    figure = f"<figure>{_IMG}<figcaption>工人正在大桥上进行检修。图/视觉中国</figcaption></figure>"
    assert _images(figure) == [("工人正在大桥上进行检修。", [(None, "视觉中国")])]


def test_caption_with_an_exclamation_then_agency() -> None:
    figure = f"<figure>{_IMG}<figcaption>新桥通车啦！图/新华社</figcaption></figure>"
    assert _images(figure) == [("新桥通车啦！", [(None, "新华社")])]


def test_agency_chain_alone_stays_a_credit() -> None:
    figure = f"<figure>{_IMG}<figcaption>Anna Roe/Xinhua</figcaption></figure>"
    assert _images(figure) == [(None, [("Anna Roe", "Xinhua")])]
