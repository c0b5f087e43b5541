"""A picture's small wrapper holding the picture, a plain caption line and a class-marked credit element
(``<div class="pic"><img><p class="pic-title">…</p><p class="pic-source">图/视觉中国</p></div>``): the line is the
caption, the element the credit. Before, the credit element read first stopped the search for the caption beside it,
and the caption stayed in the body. Made-up pages of a Chinese portal and an English theme (Session 60)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import images_around

_SRC = "https://img.example.cn/2026/05/bridge-deck-1200.jpg"


@pytest.mark.parametrize(
    ("figure", "sentence", "caption", "credit"),
    [
        (
            f'<div class="pic"><img src="{_SRC}"><p class="pic-title">工人们在新建的桥面上进行沥青摊铺作业。</p>'
            '<p class="pic-source">图/视觉中国</p></div>',
            "市政部门表示，这座新桥预计将在年底前建成通车，届时将缓解城区的交通压力。",
            "工人们在新建的桥面上进行沥青摊铺作业。",
            "图/视觉中国",
        ),
        (
            f'<div class="photo"><img src="{_SRC}"><p>Crews resurface the deck of the old bridge on Tuesday.</p>'
            '<p class="photo-credit">Photo: Anna Roe</p></div>',
            "The county said on Friday that the old bridge would reopen to traffic before the end of June.",
            "Crews resurface the deck of the old bridge on Tuesday.",
            "Photo: Anna Roe",
        ),
    ],
)
def test_caption_line_beside_credit_element(figure: str, sentence: str, caption: str, credit: str) -> None:
    found = images_around(figure, sentence=sentence, title="Bridge", url="https://news.example.cn/2026/05/b.html")
    assert found == [(_SRC, caption, [credit])]
