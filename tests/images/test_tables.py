"""A picture in a small table with its caption in the cell below (made-up pages)."""

from __future__ import annotations

import cqnews

_TEXT = [
    "町議会は18日の本会議で、新庁舎の建設費約30億円を盛り込んだ補正予算案を賛成多数で可決した。",
    "現庁舎は築60年を超え、耐震性の不足が指摘されていた。町長は早期の完成を目指したいと話した。",
    "一方、反対した議員からは人口減少が進む中で規模が大きすぎるとの意見も出た。",
]


def _page(table: str) -> str:
    return (
        "<html lang='ja'><head><meta charset='utf-8'><title>新庁舎</title></head><body>"
        "<div id='header'><a href='/'>北部タイムス</a> <a href='/local'>地域</a></div><div class='kiji'>"
        f"<div class='midashi'>町議会、新庁舎建設の予算を可決</div>{table}{'<br><br>'.join(_TEXT)}</div>"
        "<div id='footer'>Copyright(C) 北部タイムス社 All Rights Reserved.</div></body></html>"
    )


def test_the_cell_under_the_picture_is_its_caption() -> None:
    # The caption cell was a body paragraph and the picture had no caption.
    article = cqnews.parse(
        _page(
            "<table class='photo' align='right'><tr><td><a href='/photo/big.jpg'><img src='/photo/chosha.jpg'></a>"
            "</td></tr><tr><td>建て替えが決まった町役場の庁舎</td></tr></table>"
        ),
        url="https://hokubu.example.jp/news/1",
    )
    assert [(image.src, image.caption) for image in article.images] == [
        ("https://hokubu.example.jp/photo/chosha.jpg", "建て替えが決まった町役場の庁舎"),
    ]
    assert [block.text for block in article.body] == _TEXT


def test_a_table_of_many_rows_or_cells_gives_no_caption() -> None:
    article = cqnews.parse(
        _page(
            "<table><tr><td><img src='/photo/chosha.jpg'></td><td>隣のセルの説明文です</td></tr>"
            "<tr><td>町役場の庁舎の写真の下の行</td><td>もう一つのセル</td></tr></table>"
        ),
        url="https://hokubu.example.jp/news/1",
    )
    assert [image.caption for image in article.images] in ([None], [])

