"""Two takers joined by a spaced dash, each name shaped as only a person's is (a Vietnamese family name first,
a double-barrelled surname: "Ảnh: Trần Thị Mai - Lê Hoàng Nam"), are two people. Before, the whole was read as one
organisation. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_VI = "Công nhân lắp dầm thép cuối cùng lên cây cầu mới bắc qua sông chiều thứ Ba."
_EN = "Workers lift the last steel beam onto the new river bridge on Tuesday afternoon."


@pytest.mark.parametrize(
    ("caption", "credit", "first", "second"),
    [
        (_VI, "Ảnh: Trần Thị Mai - Lê Hoàng Nam", "Trần Thị Mai", "Lê Hoàng Nam"),
        (_VI, "Ảnh: Nguyễn Văn An – Phạm Minh Đức", "Nguyễn Văn An", "Phạm Minh Đức"),
        (_EN, "Photo: Tamsin Achebe-Lund - Kwabena Osei-Tutu", "Tamsin Achebe-Lund", "Kwabena Osei-Tutu"),
    ],
)
def test_dashed_takers_are_two_people(caption: str, credit: str, first: str, second: str) -> None:
    assert caption_and_credits(f"{caption} {credit}") == (caption, [(first, None, credit), (second, None, credit)])

