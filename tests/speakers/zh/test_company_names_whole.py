"""A company named by its place, its brand and its trade (上海大金空调, 北京金山软件) is one organisation speaking, even
where jieba tags the brand, or the brand and the trade, a person's name (上海/大/金空调/nr, 北京/金山/nr/软件): no
person 金空调 or 金山 with the place as a role. A person named after such a company keeps it as a role.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_brand_and_trade_read_as_one_name() -> None:
    assert said("上海大金空调表示：“我们将继续扩大生产。”") == [("上海大金空调", None)]


def test_brand_and_trade_with_company_kind() -> None:
    assert said("上海大金空调有限公司表示：“产品没有质量问题。”") == [("上海大金空调有限公司", None)]


def test_brand_read_as_name_before_trade() -> None:
    assert said("北京金山软件表示：“新版本下个月上线。”") == [("北京金山软件", None)]


def test_brand_read_as_name_before_car_trade() -> None:
    assert said("厦门金龙汽车表示：“新车型明年投产。”") == [("厦门金龙汽车", None)]


def test_trade_tagged_verb() -> None:
    assert said("浙江吉利控股表示：“收购计划不会改变。”") == [("浙江吉利控股", None)]


def test_person_after_company_keeps_it_as_role() -> None:
    assert said("北京金山软件有限公司董事长张伟表示：“新版本下个月上线。”") == [("张伟", "北京金山软件有限公司董事长")]
