"""A person's name whose last character also ends bodies' names (王建国, 李建军: 国, 军), written alone after the
sentence that gave it with its title: the person named again, never an organisation named before in full (the name
was 市交通局局长王建国). Every sentence is made up; each expected speaker is read off the sentences."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_name_alone_after_its_title_in_the_sentence_before() -> None:
    assert speakers("市交通局局长王建国接受了采访。王建国表示，地铁三号线将于年底通车。") == ["王建国"]


def test_a_name_ending_in_jun_after_two_officials() -> None:
    assert speakers("县长李建军和副县长刘伟一同察看了灾情。李建军表示，要尽快恢复供电。") == ["李建军"]


def test_a_court_named_again_by_its_head_alone() -> None:
    assert speakers("浙江省高级法院近日审结一起合同纠纷案。法院表示，被告应当承担违约责任。") == ["浙江省高级法院"]
