"""Two offices one person holds written after the name and listed with 、 (刘强董事长、总经理表示): both are his role, as
with 兼; the list mark joins people only when a name follows it (刘强董事长、王芳总经理: two people, the first
speaks for both). Every sentence is made up; each expected speaker and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_chairman_and_general_manager_after_a_name() -> None:
    assert said("刘强董事长、总经理表示，今年公司将加大研发投入。") == [("刘强", "董事长、总经理")]


def test_the_body_before_the_name_opens_the_role() -> None:
    assert said("华强集团刘强董事长、总经理告诉记者：“今年的订单排到了年底。”") == [("刘强", "华强集团董事长、总经理")]


def test_a_deputy_head_and_a_chief_engineer() -> None:
    assert said("王建国副局长、总工程师表示，大桥将于明年通车。") == [("王建国", "副局长、总工程师")]


def test_two_people_each_with_an_office_are_no_one_role() -> None:
    assert said("刘强董事长、王芳总经理表示，公司今年营收增长两成。") == [("刘强", "董事长")]
