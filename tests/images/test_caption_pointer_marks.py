"""A mark that points at the picture ("▲改造后的小区") is layout, not part of the caption. Made-up pages only."""

from __future__ import annotations

import cqnews

_TEXT = "<p>今年全市将改造老旧小区1000个，改造将优先解决加装电梯等问题，改造资金由市区两级财政共同承担。</p>" * 3


def _captions(figure: str) -> list[str | None]:
    html = (
        "<html><head><title>重庆改造</title></head><body><div class='content'><h1>重庆启动老旧小区改造</h1>"
        f"{_TEXT}{figure}{_TEXT}</div></body></html>"
    )
    return [image.caption for image in cqnews.parse(html).images]


def test_a_pointer_mark_opening_a_caption_is_dropped() -> None:
    assert _captions('<figure><img src="/a.jpg"><figcaption>▲ 改造后的小区。</figcaption></figure>') == ["改造后的小区。"]


def test_a_caption_that_is_only_a_mark_is_no_caption() -> None:
    assert _captions('<figure><img src="/a.jpg"><figcaption>▲</figcaption></figure>') == [None]
