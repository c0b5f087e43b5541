"""A demonstrative and a noun of a kind of person (该负责人, 这位专家) name again the person named last after a title of
that kind (局长张大海… 该负责人表示; 教授李国祥… 这位专家认为), not one named after a title of another kind, and
not past a mention of the same noun left unnamed (相关负责人介绍…).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers, speakers_in


def test_the_head_of_a_bureau_is_its_responsible_person() -> None:
    text = "市林业局局长张大海在会上作了讲话。该负责人表示，今年全市将完成植树造林10万亩。"
    assert speakers(text) == ["张大海"]


def test_a_professor_is_the_expert_in_the_next_paragraph() -> None:
    assert speakers_in("中国农业大学教授李国祥参加了座谈会。", "这位专家认为，粮食安全的基础在于耕地。") == ["李国祥"]


def test_of_a_mayor_and_a_professor_the_expert_is_the_professor() -> None:
    text = "市长王强和重庆大学教授李明参加了会议。这位专家表示，要加强科技创新。"
    assert speakers(text) == ["李明"]


def test_of_a_mayor_and_a_professor_the_responsible_person_is_the_mayor() -> None:
    text = "市长王强和重庆大学教授李明参加了会议。该负责人表示，要加强科技创新。"
    assert speakers(text) == ["王强"]


def test_a_responsible_person_left_unnamed_is_not_the_mayor() -> None:
    text = "区长王强出席会议。区教委相关负责人介绍了情况。该负责人表示，将尽快完成整改。"
    assert speakers(text) == [None]
