"""A centred caption line under a centred picture may be a <div> or a <center> as well as a <p>, and a centred line
holding only a credit right under that caption is the picture's credit (old Chinese CMSes)."""

from __future__ import annotations

import cqnews

_LEDE = "港务局周一表示，经过三年建设，新码头将于今年秋季投入使用，届时年吞吐能力将提高三成。"
_PIC = "https://img.example.cn/2026/05/port-800.jpg"
_CAPTION = "5月12日，工人在码头装卸集装箱。"


def _parse(figure: str) -> cqnews.Article:
    html = (
        "<html><head><meta charset='utf-8'><title>新码头将于秋季投入使用</title></head><body><article>"
        f"<h1>新码头将于秋季投入使用</h1><p>{_LEDE}</p>{figure}<p>{_LEDE[::-1]}</p><p>{_LEDE}</p></article></body></html>"
    )
    return cqnews.parse(html, url="https://news.example.cn/2026/05/12/port.html")


def test_centred_div_line_under_a_centred_picture_is_its_caption() -> None:
    article = _parse(f"<div align='center'><img src='{_PIC}'></div><div align='center'>{_CAPTION}</div>")
    assert [image.caption for image in article.images] == [_CAPTION]
    assert all("装卸集装箱" not in block.text for block in article.body)


def test_center_tag_line_under_a_centred_picture_is_its_caption() -> None:
    article = _parse(f"<center><img src='{_PIC}'></center><center>{_CAPTION}</center>")
    assert [image.caption for image in article.images] == [_CAPTION]


def test_centred_credit_line_under_the_centred_caption_credits_the_picture() -> None:
    article = _parse(
        f"<p style='text-align:center'><img src='{_PIC}'></p><p style='text-align:center'>{_CAPTION}</p>"
        "<p style='text-align:center'>（来源：港务局）</p>"
    )
    [image] = article.images
    assert image.caption == _CAPTION
    assert [credit.raw for credit in image.credits] == ["（来源：港务局）"]
    assert all("港务局）" not in block.text for block in article.body)


def test_a_centred_box_of_paragraphs_is_no_caption_line() -> None:
    article = _parse(
        f"<div align='center'><img src='{_PIC}'></div><div align='center'><p>{_CAPTION}</p><p>码头将于秋季开放。</p></div>"
    )
    assert [image.caption for image in article.images] == [None]
