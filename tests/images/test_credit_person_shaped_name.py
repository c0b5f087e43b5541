"""A taker's name that no table of given names knows, read as a person's by its shape: a double-barrelled surname
("Tamsin Achebe-Lund"), a prefix with an apostrophe ("Siobhan O'Dwyer"), a Vietnamese family name first ("Nguyễn Văn
An").
Before, "… Tamsin Achebe-Lund photo" stayed caption text, and "Ảnh: Nguyễn Văn An/Tuổi Trẻ" gave two people.
A thing's name before a photo word ("Harbour Crane photo") has no such shape and stays caption text. Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_EN = "Workers lift the last steel beam onto the new river bridge on Tuesday afternoon."
_VI = "Công nhân lắp dầm thép cuối cùng lên cây cầu mới bắc qua sông chiều thứ Ba."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Tamsin Achebe-Lund photo", "Tamsin Achebe-Lund"),
        ("Kwabena Osei-Tutu photo", "Kwabena Osei-Tutu"),
        ("Corwen O'Dwyer photo", "Corwen O'Dwyer"),
        ("(Ngozi Eze-Okafor photo)", "Ngozi Eze-Okafor"),
        ("(Corwen Ashby-Tate photo)", "Corwen Ashby-Tate"),
    ],
)
def test_person_shaped_name_and_photo_word_close_the_caption(credit: str, name: str) -> None:
    assert caption_and_credits(f"{_EN} {credit}") == (_EN, [(name, None, credit)])


def test_thing_before_a_photo_word_stays_caption_text() -> None:
    written = f"{_EN} Harbour Crane photo"
    assert caption_and_credits(written) == (written, [])


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Ảnh: Nguyễn Văn An/Tuổi Trẻ", "Nguyễn Văn An", "Tuổi Trẻ"),
        ("Ảnh: Trần Thị Mai/Sài Gòn Mới", "Trần Thị Mai", "Sài Gòn Mới"),
    ],
)
def test_vietnamese_taker_then_paper_is_one_person_and_outlet(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{_VI} {credit}") == (_VI, [(name, outlet, credit)])


def test_two_vietnamese_takers_stay_two_people() -> None:
    credit = "Ảnh: Nguyễn Văn An/Lê Hoàng Nam"
    assert caption_and_credits(f"{_VI} {credit}") == (
        _VI,
        [("Nguyễn Văn An", None, credit), ("Lê Hoàng Nam", None, credit)],
    )
