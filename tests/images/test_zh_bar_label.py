"""A Chinese photo label before a bar, as WeChat's editors write it ("摄影 | 王明", "图丨视觉中国": the half- or full-width
bar, or 丨 standing for one), is a label as its colon or slash is: the credit closing a caption, or a line under the
picture that is only its credit. Made-up captions and a made-up WeChat page (Session 60)."""

from __future__ import annotations

import pytest

import cqnews
from tests.figure_helpers import caption_and_credits

_CAPTION = "工人们在新建的桥面上进行沥青摊铺作业。"


@pytest.mark.parametrize(
    ("credit", "name", "organization"),
    [
        ("摄影 | 周晓岚", "周晓岚", None),
        ("图丨周晓岚", "周晓岚", None),
        ("摄影｜周晓岚", "周晓岚", None),
        ("图 | 视觉中国", None, "视觉中国"),
    ],
)
def test_bar_after_label(credit: str, name: str | None, organization: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION}{credit}") == (_CAPTION, [(name, organization, credit)])


def test_credit_alone_has_no_caption() -> None:
    assert caption_and_credits("图 | 视觉中国") == (None, [(None, "视觉中国", "图 | 视觉中国")])


def test_section_bar_stays_text() -> None:
    written = "城建 | 工人们在新建的桥面上施工。"
    assert caption_and_credits(written) == (written, [])


def test_wechat_line_under_picture() -> None:
    lede = (
        "<section><p>" + "市政部门表示，这座新桥预计将在年底前建成通车，届时将缓解城区交通压力。" * 3 + "</p></section>"
    )
    html = (
        '<html lang="zh"><head><title>新桥年底通车</title></head><body><div id="js_content">'
        f'<h1>新桥年底通车</h1>{lede}<section style="text-align:center"><img data-src="https://mmbiz.example/a.jpg" '
        f'data-ratio="0.66" data-w="1080"></section><p style="text-align:center">{_CAPTION}</p>'
        f'<p style="text-align:center">摄影 | 周晓岚</p>{lede}{lede}</div></body></html>'
    )
    article = cqnews.parse(html, url="https://mp.example.com/s/abc")
    (image,) = article.images
    assert image.caption == _CAPTION
    assert [(c.name, c.raw) for c in image.credits] == [("周晓岚", "摄影 | 周晓岚")]
    assert not any("周晓岚" in block.text for block in article.body)
