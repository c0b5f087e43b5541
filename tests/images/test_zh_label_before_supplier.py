"""A photo label and its slash or colon before a supplier and 提供 closing a caption ("（圖／市交通局提供）",
"图/市交通局提供", "（照片：市交通局提供）"; credit_text.photo_zh._ZH_SUPPLIED) open the credit as "图片由" does:
the supplier is the organisation. Before, the Taiwanese "（圖／…提供）" stayed caption text, "（图片/…提供）" gave a
person "图片" and "（照片：…提供）" an organisation "照片：市交通局". Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("工人們在碼頭道路上施工。", "（圖／市交通局提供）"),
        ("工人們在碼頭道路上施工。", "圖／市交通局提供"),
        ("工人们在码头道路上施工。", "（图/市交通局提供）"),
        ("工人们在码头道路上施工。", "（图片/市交通局提供）"),
        ("工人們在碼頭道路上施工。", "（照片：市交通局提供）"),
    ],
)
def test_a_label_before_the_supplier_opens_the_credit(caption: str, credit: str) -> None:
    assert caption_and_credits(caption + credit) == (caption, [(None, "市交通局", credit)])


def test_the_supplier_alone_stays_the_credit() -> None:
    assert caption_and_credits("工人们在码头道路上施工。（图片由市交通局提供）") == (
        "工人们在码头道路上施工。",
        [(None, "市交通局", "（图片由市交通局提供）")],
    )
