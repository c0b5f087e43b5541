"""A Chinese dump copied from a news page shows the time on the credit line under the title, with the source and
the author ("2026-03-04 09:30:15 来源：江城日报 作者：王晓东"): the credits were read and the date was not, so the dump
had no published date (Session 61). The first credit line showing a numeric date gives it when no date line does.
Made-up dumps."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import cqnews

BODY = (
    "本报讯 记者从市交通运输局获悉，为方便市民出行，城区三条公交线路将于4月1日起调整走向，并新增站点六个，居民出行更方便。\n"
    "市交通运输局相关负责人介绍，此次调整主要针对新建小区集中的东部片区，调整后居民步行到站时间平均缩短约五分钟。\n"
    "编辑：李娜\n"
)
CHINA = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026-03-04 09:30:15 来源：江城日报 作者：王晓东", datetime(2026, 3, 4, 9, 30, 15, tzinfo=CHINA)),
        ("来源：江城日报 2026-03-04 09:30", datetime(2026, 3, 4, 9, 30, tzinfo=CHINA)),
        ("2026年03月04日 09:30 来源：江城日报", datetime(2026, 3, 4, 9, 30, tzinfo=CHINA)),
    ],
)
def test_the_date_on_the_credit_line_is_the_published_date(line: str, expected: datetime) -> None:
    article = cqnews.parse_text(f"城区三条公交线路下月起调整\n{line}\n{BODY}")
    assert article.published == expected
    assert any(credit.organization == "江城日报" for credit in article.credits)
    assert article.headline == "城区三条公交线路下月起调整"


def test_a_date_line_of_its_own_comes_first() -> None:
    article = cqnews.parse_text(f"城区三条公交线路下月起调整\n发布时间：2026-03-05 08:00\n来源：江城日报 2026-03-04 09:30\n{BODY}")
    assert article.published == datetime(2026, 3, 5, 8, 0, tzinfo=CHINA)
