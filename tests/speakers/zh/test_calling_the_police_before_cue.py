"""A verb of calling on the police or an office (报警, 报案, 投诉, 反映, 来电, 求助) between the speaker and 称 is how
they spoke, as 回复 or 爆料 is (受害人陈女士报警称 -> 陈女士): no part of the speaker, and no sign that the speaker
is left out.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_victim_calling_the_police() -> None:
    assert speakers("受害人陈女士报警称，她停在楼下的电动车被盗了。") == ["陈女士"]


def test_a_resident_reporting_a_case() -> None:
    assert speakers("市民李先生报案称，有人冒充客服骗走了他两万元。") == ["李先生"]


def test_a_resident_complaining() -> None:
    assert speakers("家住南岸区的刘女士投诉称，小区已经停水三天了。") == ["刘女士"]


def test_a_caller_to_the_paper() -> None:
    assert speakers("读者张先生来电称，路口的红绿灯坏了一个星期。") == ["张先生"]
