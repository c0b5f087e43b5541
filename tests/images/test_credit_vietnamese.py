"""Vietnamese photo labels (issue 12): "Ảnh:" is "Photo:"; made-up captions."""

from __future__ import annotations

from cqnews.enrich.credits import split_photo_credit


def test_a_vietnamese_photo_label_after_the_caption_is_a_credit() -> None:
    caption, credits = split_photo_credit("Người dân đi bộ trên phố cổ Hà Nội. Ảnh: Reuters")
    assert caption == "Người dân đi bộ trên phố cổ Hà Nội."
    assert [(c.name, c.organization, c.raw) for c in credits] == [(None, "Reuters", "Ảnh: Reuters")]


def test_a_vietnamese_photographer_keeps_the_letters_of_the_name() -> None:
    caption, credits = split_photo_credit("Bác sĩ khám cho bệnh nhân tại phòng mổ. Ảnh: Nguyễn Văn An")
    assert caption == "Bác sĩ khám cho bệnh nhân tại phòng mổ."
    assert [c.name for c in credits] == ["Nguyễn Văn An"]


def test_the_word_for_photo_inside_a_caption_is_no_label() -> None:
    caption, credits = split_photo_credit("Bản đồ khu vực. Ảnh chụp màn hình")
    assert credits == []
    assert caption == "Bản đồ khu vực. Ảnh chụp màn hình"
