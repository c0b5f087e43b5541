"""Vietnamese reports with no "rằng": a verb of saying that takes a clause ("cho biết", "khẳng định", "nhấn mạnh"
…: LatinTable.clause_cues) reports the clause right after it, past a comma or "thêm"; its subject speaks. Made-up
sentences in the shape of provincial papers; each expected value is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(sentence: str) -> list[tuple[str, str, str | None]]:
    quotes = find_quotes([Block(text=sentence)], "vi")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ông Đỗ Minh Khoa cho biết cây cầu mới sẽ được thông xe vào dịp Tết.",
            ("indirect", "cây cầu mới sẽ được thông xe vào dịp Tết", "Đỗ Minh Khoa"),
            id="cho-biet",
        ),
        pytest.param(
            "Bà Vũ Thị Hạnh nhấn mạnh, các hộ dân ven sông phải di dời trước ngày mai.",
            ("indirect", "các hộ dân ven sông phải di dời trước ngày mai", "Vũ Thị Hạnh"),
            id="comma-after-the-verb",
        ),
        pytest.param(
            "Tại buổi làm việc, ông Khoa cho biết thêm kinh phí sửa chữa đã được tỉnh phê duyệt.",
            ("indirect", "kinh phí sửa chữa đã được tỉnh phê duyệt", "Khoa"),
            id="them-after-the-verb",
        ),
    ],
)
def test_the_clause_after_a_verb_of_saying_is_reported(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert _found(sentence) == [expected]


def test_noi_with_an_object_reports_nothing() -> None:
    assert _found("Ông Khoa nói chuyện với bà con trong xóm suốt buổi chiều hôm qua.") == []


def test_a_colon_after_the_verb_leaves_the_quote_to_the_direct_reader() -> None:
    assert _found("Ông Khoa cho biết: “Cây cầu sẽ thông xe vào dịp Tết.”") == [
        ("direct", "Cây cầu sẽ thông xe vào dịp Tết.", "Khoa")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Y tế thông báo kết quả xét nghiệm của các học sinh trong tuần qua.",
        "Công an huyện đã xác nhận danh tính của người đàn ông bị nạn.",
        "Ông Phạm Quốc Bảo thừa nhận sai sót trong khâu thiết kế con đường.",
        "Bà Đinh Thị Yến nhấn mạnh tầm quan trọng của việc giữ rừng đầu nguồn.",
    ],
)
def test_a_noun_object_of_a_verb_that_also_takes_one_is_no_report(sentence: str) -> None:
    """"thông báo kết quả …" (announced the results), "xác nhận danh tính …" (confirmed the identity): a noun after
    the verb is its object, nothing said; such a verb reports a clause with no "rằng" only past a comma."""
    assert _found(sentence) == []
