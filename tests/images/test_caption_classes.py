"""A caption element named in the newspaper's or the site's own word ("cutline", "didascalia") is a caption."""

from __future__ import annotations

import pytest

import cqnews

_TEXT = (
    "Heavy rain sent the river over its banks on Sunday, flooding dozens of homes and closing the main bridge "
    "into town for the second time this year, officials said."
)


@pytest.mark.parametrize(
    "word", ["cutline", "photo-cutline", "didascalia", "pie-de-foto", "onderschrift", "kuvateksti", "imgtxt", "pic_txt"]
)
def test_caption_class_words(word: str) -> None:
    html = (
        "<html><head><title>Floods hit the valley</title></head><body><article><h1>Floods hit the valley</h1>"
        f"<p>{_TEXT}</p><table class='photo'><tr><td><img src='/img/bridge.jpg'></td></tr>"
        f"<tr><td class='{word}'>The closed bridge on Monday morning.</td></tr></table><p>{_TEXT}</p>"
        "</article></body></html>"
    )
    article = cqnews.parse(html, url="https://valley.example/news/floods")
    assert [image.caption for image in article.images] == ["The closed bridge on Monday morning."]
    assert all("closed bridge" not in block.text for block in article.body)


def test_caption_and_credit_as_two_paragraphs_of_a_box_beside_the_picture() -> None:
    # The credit's paragraph has a byline class: it is the picture's photographer, not the article's writer.
    html = (
        "<html><head><title>New stadium opens</title></head><body><div class='article-body'><h1>New stadium opens</h1>"
        f"<p>{_TEXT}</p><div class='photo'><a href='/img/big.jpg'><img src='/img/stadium.jpg'></a>"
        "<div class='photo-info'><p>Fans arrive for the first match on Saturday.</p>"
        f"<p class='byline'>Credit: Lee Park for The Daily</p></div></div><p>{_TEXT}</p></div></body></html>"
    )
    article = cqnews.parse(html, url="https://city.example/sport/stadium")
    [image] = article.images
    assert image.caption == "Fans arrive for the first match on Saturday."
    assert [(credit.name, credit.organization) for credit in image.credits] == [("Lee Park", "The Daily")]
    assert article.authors == []
    assert all(credit.name != "Lee Park" for credit in article.credits)


def test_a_glued_picture_text_class_and_a_caption_label() -> None:
    # "pictext" (picture + text as one word) marks the caption; 图注： says it is one, whatever the class.
    lede = "7月3日上午，江城新桥正式通车，全长1.2公里，连接东西两岸，市民出行时间将缩短一半，交通更加便利。"
    for line in ("<p class='pictext'>开通首日客流平稳。</p>", "<p>图注：开通首日客流平稳。</p>"):
        html = (
            "<html><head><meta charset='utf-8'><title>新桥通车</title></head><body><div class='con'>"
            f"<h1>江城新桥今日通车</h1><p>{lede}</p><p class='pic'><img src='/p/1.jpg'></p>{line}<p>{lede[::-1]}</p>"
            "</div></body></html>"
        )
        article = cqnews.parse(html)
        assert [image.caption for image in article.images] == ["开通首日客流平稳。"]  # (the label is no caption text)
        assert all("客流平稳" not in block.text for block in article.body)
