"""Caption lines in the body: one with no picture before it goes to the picture right after it (written above
it, or after it in the same paragraph: <p><img><br>caption 李华 摄</p>); a line opening with a picture label
(资料图：…) is a caption. Made-up pages only."""

from __future__ import annotations

import cqnews

_TEXT = [
    "市议会周二经过长时间的辩论后批准了新的预算方案，预计将惠及全市数十万居民。",
    "新预算将重点投向教育、交通和养老服务，其中教育支出增长百分之十二。",
    "多名议员表示，预算审议过程公开透明，充分听取了市民的意见和建议。",
]


def _page(middle: str) -> str:
    paragraphs = [f"<p>{sentence * 3}</p>" for sentence in _TEXT]
    return (
        "<html><head><title>预算获批</title></head><body><div class='article'><h1>预算获批</h1>"
        f"{paragraphs[0]}{middle}{paragraphs[1]}{paragraphs[2]}</div></body></html>"
    )


def _images(middle: str) -> list[tuple[str | None, str | None, list[str | None]]]:
    article = cqnews.parse(_page(middle), url="https://example.cn/news/2024/a.html")
    return [(image.src, image.caption, [c.name for c in image.credits]) for image in article.images]


def test_a_caption_in_the_paragraph_of_its_picture() -> None:
    found = _images('<p style="text-align:center"><img src="https://example.cn/a.jpg" width="600"><br>市民在江边散步。 李华 摄</p>')
    assert found == [("https://example.cn/a.jpg", "市民在江边散步。", ["李华"])]


def test_a_caption_written_above_its_picture() -> None:
    found = _images(
        '<p style="text-align:center">市民在江边散步。（摄影：李华）</p>'
        '<p style="text-align:center"><img src="https://example.cn/a.jpg" width="600"></p>'
    )
    assert found == [("https://example.cn/a.jpg", "市民在江边散步。", ["李华"])]


def test_a_caption_below_its_picture_stays_with_it() -> None:
    found = _images(
        '<p style="text-align:center"><img src="https://example.cn/a.jpg" width="600"></p>'
        '<p style="text-align:center">市民在江边散步。（摄影：李华）</p>'
        '<p style="text-align:center"><img src="https://example.cn/b.jpg" width="600"></p>'
    )
    assert found == [("https://example.cn/a.jpg", "市民在江边散步。", ["李华"]), ("https://example.cn/b.jpg", None, [])]


def test_a_line_opening_with_a_picture_label_is_a_caption() -> None:
    found = _images(
        '<p style="text-align:center"><img src="https://example.cn/a.jpg" width="600"></p>'
        '<p style="text-align:center">资料图：重庆夜景。</p>'
    )
    assert found == [("https://example.cn/a.jpg", "资料图：重庆夜景。", [])]
    article = cqnews.parse(_page('<p style="text-align:center">资料图：重庆夜景。</p>'), url="https://example.cn/a.html")
    assert all("资料图" not in block.text for block in article.body)
