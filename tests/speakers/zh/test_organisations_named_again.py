"""An organisation named again by a demonstrative and its head (该局, 这家公司) is the one named before."""

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
