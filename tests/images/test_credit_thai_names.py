"""A Thai credit of two runs of Thai letters parted by a space is a person's given name and surname (the script
writes a body's or an agency's name without spaces); made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit

_CAPTION = "ชาวบ้านช่วยกันเก็บขยะริมแม่น้ำ"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("ภาพ: วิชัย ศรีสุข", [("วิชัย ศรีสุข", None)]),
        ("(ภาพ: วิชัย ศรีสุข/รอยเตอร์)", [("วิชัย ศรีสุข", "รอยเตอร์")]),
        ("ภาพ: กรมประชาสัมพันธ์", [(None, "กรมประชาสัมพันธ์")]),
        ("ภาพ: รอยเตอร์", [(None, "รอยเตอร์")]),
    ],
)
def test_thai_credit_person_or_body(credit: str, expected: list[tuple[str | None, str | None]]) -> None:
    caption, credits = split_photo_credit(f"{_CAPTION} {credit}")
    assert caption == _CAPTION
    assert [(c.name, c.organization) for c in credits] == expected
