"""A dateline before the first speaker (新华社北京5月13日电 外交部发言人毛宁…) is no part of the speaker's role.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_dateline_is_no_part_of_the_role() -> None:
    assert said("新华社北京5月13日电 外交部发言人毛宁13日表示，中方对此表示严重关切。") == [("毛宁", "外交部发言人")]
    assert said("人民网重庆5月13日电（记者 王明）重庆市副市长张华13日表示，全市经济运行总体平稳。") == [
        ("张华", "重庆市副市长")
    ]


def test_a_role_without_a_dateline_is_kept_whole() -> None:
    assert said("河南省委副书记、省长王凯表示，要切实做好防汛工作。") == [("王凯", "河南省委副书记、省长")]
