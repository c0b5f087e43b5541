"""An unnamed agent of a body (比亚迪相关负责人, 某公司发言人, 该厂工作人员): nobody is named, so the speaker is null and
the description, the body's name with it, is the role (gold README: an unnamed source). jieba tags some company
names as a person's name (比亚迪/nr, 华为/nr) and 相关/有关 as a verb; neither makes the company a person.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_body_and_its_concerned_head_are_an_unnamed_source() -> None:
    # 相关/有关 负责人 ("the head in charge"): the verb qualifies the noun, it opens no predicate after 比亚迪.
    assert said("比亚迪相关负责人表示，公司将继续加大研发投入。") == [(None, "比亚迪相关负责人")]
    assert said("华为有关负责人表示：“新品将于下月上市。”") == [(None, "华为有关负责人")]
    assert said("长城汽车相关负责人介绍，新工厂明年投产。") == [(None, "长城汽车相关负责人")]


def test_a_body_before_its_agent_is_no_person_titled() -> None:
    # 负责人, 发言人, 工作人员 are no titles written after a person's name (张伟主任 is one): the body's agent speaks.
    assert said("比亚迪负责人表示，公司将继续加大研发投入。") == [(None, "比亚迪负责人")]
    assert said("华为发言人表示，公司不予置评。") == [(None, "华为发言人")]


def test_a_named_agent_keeps_the_name() -> None:
    # The name after the description is the speaker, as before.
    assert said("比亚迪相关负责人李强表示，公司将继续加大研发投入。") == [("李强", "比亚迪相关负责人")]
    assert said("外交部发言人汪文斌表示，中方坚决反对。") == [("汪文斌", "外交部发言人")]
