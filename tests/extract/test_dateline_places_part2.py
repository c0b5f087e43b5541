"""Chinese datelines give the place only: "据新华社北京3月3日电" (citing the agency) is 北京, not
"据新华社北京"; "经济日报北京3月3日讯" (a paper's name before the place) is 北京, not "经济日报北京". Made-up
sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("据新华社北京3月3日电 江城新大桥正式通车。", "北京"),
        ("经济日报北京3月3日讯（记者 王小明）江城新大桥正式通车。", "北京"),
        ("江城电视台江城3月3日消息 江城新大桥正式通车。", "江城"),
    ],
)
def test_the_place_of_a_chinese_dateline(text: str, place: str) -> None:
    assert find_dateline(text) == place
