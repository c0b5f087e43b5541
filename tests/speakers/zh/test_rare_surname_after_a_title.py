"""A rare surname jieba reads as a verb (花/v) between a title and a given name it tags a name (研究员|花|小春/nr): the
title's name is the three characters, the title the role (before: name 小春, role 研究员花, cut inside the name).
Every sentence is made up (research-house and lab news)."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_researcher_of_surname_hua() -> None:
    assert said("研究员花小春表示，这组数据还有待进一步核实。") == [("花小春", "研究员")]


def test_an_engineer_of_surname_hua() -> None:
    assert said("工程师花小春表示，这组数据还有待进一步核实。") == [("花小春", "工程师")]


def test_a_common_surname_is_read_as_before() -> None:
    assert said("研究员王小春表示，这组数据还有待进一步核实。") == [("王小春", "研究员")]


def test_a_given_name_alone_after_a_reporter_stays() -> None:
    assert said("记者小春表示，这组数据还有待进一步核实。") == [("小春", "记者")]
