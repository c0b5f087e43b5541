"""Vietnamese degrees written short before a doctor's or a scholar's name ("BS.CK2", "PGS.TS", "BSCKII", "ThS")
are the role, never part of the name. Every sentence is made up in the shape of regional pages; each expected value
is read from its sentence."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _names(sentence: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=sentence)], "vi")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        pytest.param(
            "BS.CK2 Phạm Quốc Bảo cho biết cháu bé đã tự thở được sau hai ngày điều trị.",
            "Phạm Quốc Bảo",
            id="specialist-doctor-second-grade",
        ),
        pytest.param(
            "PGS.TS Đoàn Thị Hạnh cho biết số ca sốt xuất huyết trong tỉnh tăng gấp đôi.",
            "Đoàn Thị Hạnh",
            id="associate-professor-doctor",
        ),
        pytest.param(
            "BSCKII Hồ Văn Lộc cho hay người bệnh đã được chuyển lên tuyến trên.",
            "Hồ Văn Lộc",
            id="specialist-written-in-one-word",
        ),
        pytest.param(
            '"Sức khỏe của hai mẹ con đã ổn định", BS Lương Thị Diệu nói.',
            "Lương Thị Diệu",
            id="doctor-after-a-quote",
        ),
    ],
)
def test_degree_is_no_part_of_the_name(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]
