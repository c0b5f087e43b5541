"""An author line after the last picture ("作者：王小明 李大海") is no caption: a layout taking the paragraph after
a picture as its caption read the writers' names as what the picture shows."""

from __future__ import annotations

import cqnews

_PARAGRAPH = "<p>" + "元宵节当晚，城里举办了一场灯会，许多市民带着孩子前来观看，现场人头攒动。" * 2 + "</p>"


def _page(after_picture: str) -> str:
    body = (
        f"{_PARAGRAPH}{_PARAGRAPH}<p>你期待吗？</p>"
        '<p><img src="https://img.example.com/2019/0219/lantern-show-night.gif" /></p>'
        f"<p>{after_picture}</p><p></p>"
    )
    return (
        '<html><body><h1 class="topic-1aB2c">灯会点亮老城</h1>'
        '<p class="time-3xY9z"><span>2019年02月19日 10:00</span><span>来源：示例网</span></p>'
        f'<div class="main_content-2kL8m"><div class="text-3zQ3c">{body}</div></div></body></html>'
    )


def test_an_author_line_after_a_picture_is_no_caption() -> None:
    article = cqnews.parse(_page("作者：王小明 李大海"), url="https://news.ifeng.com/c/7kTestPage1")
    assert article.extraction.plugin == "ifeng"
    assert [image.caption for image in article.images] == [None]


def test_a_caption_after_a_picture_is_still_read() -> None:
    article = cqnews.parse(_page("灯会现场的花灯。"), url="https://news.ifeng.com/c/7kTestPage1")
    assert [image.caption for image in article.images] == ["灯会现场的花灯。"]
