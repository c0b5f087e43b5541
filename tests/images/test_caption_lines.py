"""A caption written as the line under the picture in the picture's own block (``<img><br>Caption``)."""

from __future__ import annotations

import pytest

import cqnews

_T1 = "江城轨道交通15号线一期正式开通运营，全长约40公里，设站16座，从起点到终点仅需40分钟，市民出行更加方便。"
_T2 = "据了解，15号线是江城首条最高时速120公里的地铁线路，后续还将根据客流情况调整运营时间，方便市民出行。"


def _article(figure: str) -> cqnews.Article:
    html = (
        "<html><head><meta charset='utf-8'><title>开通</title></head><body><div class='zw'><h1>15号线开通</h1>"
        f"<p>{_T1}</p>{figure}<p>{_T2}</p><p>{_T1}{_T2}</p></div></body></html>"
    )
    return cqnews.parse(html)


@pytest.mark.parametrize(
    ("figure", "caption", "names"),
    [
        ("<p align='center'><img src='/p/3.jpg'><br>开通首日客流平稳。（李杰 摄）</p>", "开通首日客流平稳。", ["李杰"]),
        ("<center><img src='/p/3.jpg'><br>开通首日客流平稳。 特约摄影 李杰</center>", "开通首日客流平稳。", ["李杰"]),
        ("<p align='center'><img src='/p/3.jpg'><br>开通首日客流平稳。 摄影记者 李杰 王芳</p>", "开通首日客流平稳。", ["李杰", "王芳"]),
        ("<div align='center'><a href='/b.jpg'><img src='/p/3.jpg'></a><br>Riders on the first day. Photo: Li Jie</div>",
         "Riders on the first day.", ["Li Jie"]),
    ],
)
def test_line_under_the_picture_is_its_caption(figure: str, caption: str, names: list[str]) -> None:
    article = _article(figure)
    [image] = article.images
    assert image.caption == caption
    assert [credit.name for credit in image.credits] == names
    assert len(article.body) == 3  # the caption line is not body text


def test_a_picture_set_into_a_running_paragraph_has_no_line_caption() -> None:
    article = _article("<p><img src='/p/3.jpg'>开通首日客流平稳，市民纷纷前来体验，车厢内秩序井然。</p>")
    assert article.images[0].caption is None
    assert any(block.text.startswith("开通首日") for block in article.body)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("图为开通首日的15号线列车。", "图为开通首日的15号线列车。"),
        ("上图为开通首日的15号线列车。李杰 摄", "上图为开通首日的15号线列车。"),
    ],
)
def test_a_paragraph_saying_what_the_picture_shows_is_its_caption(line: str, caption: str) -> None:
    article = _article(f"<p><img src='/p/3.jpg'></p><p>{line}</p>")
    assert [image.caption for image in article.images] == [caption]
    assert len(article.body) == 3


def test_a_sentence_opening_like_a_picture_word_stays_body() -> None:
    article = _article("<p>上图书馆的人越来越多，市民们说这里冬暖夏凉。</p>")  # 上 图书馆: to the library
    assert any(block.text.startswith("上图书馆") for block in article.body)
