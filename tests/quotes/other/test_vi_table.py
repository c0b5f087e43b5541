"""Quotes in Vietnamese: a table of reporting words (cqnews.lexicon.quotes_latin_extra) read like the other
Latin-script languages; "ông", "bà", "anh", "chị" before a name are the person's title. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_with_roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“Giá vé sẽ không tăng trong năm nay”, bà Lê Thị Hoa khẳng định.",
            ("direct", "Giá vé sẽ không tăng trong năm nay", "Lê Thị Hoa", "bà"),
        ),
        (
            "Ông Phạm Quốc Bảo nói: “Người dân cần giữ bình tĩnh.”",
            ("direct", "Người dân cần giữ bình tĩnh.", "Phạm Quốc Bảo", "Ông"),
        ),
        (
            "Thứ trưởng Lê Văn Dũng cho biết: “Chúng tôi cần thêm thời gian.”",
            ("direct", "Chúng tôi cần thêm thời gian.", "Lê Văn Dũng", "Thứ trưởng"),
        ),
        (
            "Chị Mai chia sẻ: “Tôi rất vui khi con được đi học lại.”",
            ("direct", "Tôi rất vui khi con được đi học lại.", "Mai", "Chị"),
        ),
        (
            "“Tôi rất vui khi con được đi học lại”, chị Mai chia sẻ.",
            ("direct", "Tôi rất vui khi con được đi học lại", "Mai", "chị"),
        ),
        (
            "Anh Tuấn, một người dân trong xóm, cho biết: “Nước lên rất nhanh, chúng tôi không kịp chạy.”",
            ("direct", "Nước lên rất nhanh, chúng tôi không kịp chạy.", "Tuấn", "Anh"),
        ),
        (
            "Theo ông Nguyễn Văn An, cây cầu sẽ được sửa xong vào tháng sau.",
            ("indirect", "cây cầu sẽ được sửa xong vào tháng sau", "Nguyễn Văn An", "ông"),
        ),
        (
            "Theo bác sĩ Đào Thu Hằng, bệnh gặp nhiều ở người trên 60 tuổi.",
            ("indirect", "bệnh gặp nhiều ở người trên 60 tuổi", "Đào Thu Hằng", "bác sĩ"),
        ),
        (
            "“Bệnh nhân đã qua cơn nguy kịch”, bác sĩ Trần Thu Hà cho biết.",
            ("direct", "Bệnh nhân đã qua cơn nguy kịch", "Trần Thu Hà", "bác sĩ"),
        ),
        (
            "Theo giám đốc sở Hoàng Văn Nam, tuyến đường sẽ thông xe vào tháng 6.",
            ("indirect", "tuyến đường sẽ thông xe vào tháng 6", "Hoàng Văn Nam", "giám đốc sở"),
        ),
        (
            "Ông Nam khẳng định rằng dự án không bị chậm tiến độ.",
            ("indirect", "dự án không bị chậm tiến độ", "Nam", "Ông"),
        ),
        (
            "Ông Bình cho biết rằng công ty sẽ tuyển thêm 200 công nhân.",
            ("indirect", "công ty sẽ tuyển thêm 200 công nhân", "Bình", "Ông"),
        ),
    ],
)
def test_speakers_next_to_a_reporting_word(sentence: str, expected: tuple[str, ...]) -> None:
    assert quotes_with_roles("vi", sentence) == [expected]


def test_an_honorific_before_a_name_is_no_pronoun_of_the_last_speaker() -> None:
    found = quotes_with_roles("vi",
        "Ông Phạm Quốc Bảo nói: “Người dân cần giữ bình tĩnh.”",
        "“Giá điện sẽ không tăng”, ông Nguyễn Văn An cho biết.",
    )
    assert [who for _, _, who, _ in found] == ["Phạm Quốc Bảo", "Nguyễn Văn An"]


def test_the_capitalised_head_of_an_office_is_never_a_name() -> None:
    found = quotes_with_roles("vi", "“Chúng tôi cần thêm thời gian”, Thứ trưởng Lê Văn Dũng nói.")
    assert [who for _, _, who, _ in found] != ["Thứ"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nói chung, thị trường bất động sản đang phục hồi chậm.",
        "Kể từ năm 2020, giá nhà đã tăng gấp đôi.",
        "Ông Trần Văn Bình là giám đốc một công ty xây dựng ở Hà Nội.",
        "Theo quy định mới, người lái xe phải mang theo giấy phép.",
        "Theo đó, người dân sẽ được hỗ trợ 5 triệu đồng mỗi tháng.",
    ],
)
def test_no_report_without_speech(sentence: str) -> None:
    assert quotes_with_roles("vi", sentence) == []
