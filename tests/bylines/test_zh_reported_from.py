"""A Chinese byline that ends with the place reported from ("记者 张三 北京报道", "記者王小明／台北報導"): the place
before 报道 / 報導 is no author. Made-up names and places."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits.bylines import parse_credit_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("记者 郑晓林 宜昌报道", ["郑晓林"]),
        ("本报记者 郑晓林 何雨 宜昌报道", ["郑晓林", "何雨"]),
        ("记者郑晓林/宜昌报道", ["郑晓林"]),
        ("記者郑曉林／新竹報導", ["郑曉林"]),
        ("記者郑曉林、何雨／新竹報導", ["郑曉林", "何雨"]),
        ("记者 郑晓林 报道", ["郑晓林"]),
    ],
)
def test_the_place_reported_from_is_no_author(line: str, expected: list[str]) -> None:
    assert [credit.name for credit in parse_credit_line(line)] == expected
