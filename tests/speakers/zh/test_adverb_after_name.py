"""An organisation or a party before a cue ends at the adverb after it (校方|一直坚持认为, 警方|随后通报称)."""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_the_school_insisting_is_the_school() -> None:
    assert speakers("校方一直坚持认为，处理程序没有问题。") == ["校方"]


def test_the_police_then_reporting_is_the_police() -> None:
    assert speakers("警方随后通报称，嫌疑人已被抓获。") == ["警方"]


def test_an_office_whose_name_holds_a_verb_keeps_it() -> None:
    assert speakers("广东省应急管理厅表示，受灾路段已全面恢复通行。") == ["广东省应急管理厅"]
