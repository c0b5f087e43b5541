"""Korean "사진 제공" (photo supplied) before "=" is a photo label like "사진" ("[사진 제공=서울시]", "사진제공=…"),
written after the caption or before it. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

_CAPTION = "시민들이 5일 새로 문을 연 도서관을 둘러보고 있다."


@pytest.mark.parametrize(
    ("written", "credit"),
    [
        (f"{_CAPTION} [사진 제공=구립도서관]", "[사진 제공=구립도서관]"),
        (f"{_CAPTION} 사진제공=구립도서관", "사진제공=구립도서관"),
        (f"(사진 제공=구립도서관) {_CAPTION}", "(사진 제공=구립도서관)"),
    ],
)
def test_supplied_label_is_a_credit(written: str, credit: str) -> None:
    (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=written)])
    assert image.caption == _CAPTION
    assert [(c.raw, c.organization) for c in image.credits] == [(credit, "구립도서관")]
