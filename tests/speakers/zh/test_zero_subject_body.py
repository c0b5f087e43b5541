"""A clause with no subject of its own (，认为…, ，呼吁…) goes on with the body that is the subject of the clause
before it (广东省高级人民法院则驳回了上诉，认为… -> the court), as 其 does: not a person named earlier.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers_in


def test_court_goes_on_after_its_ruling() -> None:
    assert speakers_in(
        "张伟等人多次提出申诉。广东省高级人民法院则驳回了被告人的上诉，认为原判事实清楚，量刑适当。"
    ) == ["广东省高级人民法院"]


def test_party_goes_on_after_its_criticism() -> None:
    assert speakers_in("李华一方今天发表声明。民进党今天批评市政府推卸责任，呼吁勿配合政客炒作。") == ["民进党"]
