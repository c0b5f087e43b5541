"""A Chinese organisation named again (该局, 这家公司, 局方) is the one named before.

An organisation named again by a demonstrative and its head (该局, 这家公司) is the one named before.

A bureau named again as 局方 (the bureau's side) is the bureau named before, and a reply written 回覆
(traditional script) is no part of the speaker.

Every sentence is made up; each expected speaker is read off the sentence.
"""

from __future__ import annotations

from cqnews.enrich.speakers.anaphors_zh import org_named_before
from tests.quote_helpers import speakers


def test_the_bureau_is_the_bureau_named_before() -> None:
    text = "市场监管局相关负责人表示，将对涉事企业进行调查。该局还表示，欢迎市民举报。"
    assert speakers(text)[-1] == "市场监管局"


def test_this_company_is_the_company_named_before() -> None:
    text = "记者联系了华兴食品公司，这家公司回应称，产品均符合国家标准。"
    assert speakers(text) == ["华兴食品公司"]


def test_no_organisation_named_before_leaves_none() -> None:
    assert org_named_before("局面已经稳定。该局", "该局", 7) is None
    assert org_named_before("他说该局", "该局", 2) is None


def test_a_head_with_no_demonstrative_is_not_read() -> None:
    assert org_named_before("市场监管局表示。教育局", "教育局", 8) is None


def test_the_bureaus_side_is_the_bureau_named_before() -> None:
    assert speakers("本報記者向教育局查詢，局方回覆指，會跟進事件，並會加強監察。") == ["教育局"]


def test_a_reply_in_traditional_script_is_no_part_of_the_speaker() -> None:
    assert speakers("記者向教育局查詢，教育局答覆稱，會跟進事件，並會加強監察。") == ["教育局"]


def test_the_bureaus_side_with_no_bureau_before_stays_as_written() -> None:
    assert speakers("局方表示，會跟進事件，並會加強監察。") == ["局方"]
