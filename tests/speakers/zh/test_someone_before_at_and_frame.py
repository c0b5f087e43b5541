"""A noun of someone before 在 and the verb of a frame of time (涉事企业负责人在接受采访时坦言): the speaker
described, as it is with no 在. Every sentence is made up (county and school reports); each expected role is read
off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_someone_before_at_and_the_frame() -> None:
    text = "涉事企业负责人在接受采访时坦言，公司在安全管理上确实存在漏洞。"
    assert said(text) == [(None, "涉事企业负责人")]


def test_staff_before_at_and_answering() -> None:
    text = "涉事学校工作人员在回答记者提问时表示，学校正在调查此事。"
    assert said(text) == [(None, "涉事学校工作人员")]


def test_villagers_before_at_and_the_frame() -> None:
    assert said("当地村民在接受记者采访时说，这条路早该修了。") == [(None, "当地村民")]
