"""Short names of offices are titles, not names nor bodies: 董秘 (the board's secretary), which jieba tags a person's
name (its 董 a surname), and 常委 (a member of a standing committee: 市委常委 is one person, not the city committee).
Every sentence is made up; each expected speaker and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_board_secretary_of_a_company_is_unnamed() -> None:
    assert said("公司董秘表示，目前经营一切正常。") == [(None, "公司董秘")]


def test_the_board_secretary_before_his_name() -> None:
    assert said("该公司董秘王伟表示，目前经营一切正常。") == [("王伟", "该公司董秘")]


def test_the_board_secretary_after_his_name() -> None:
    assert said("王伟董秘表示，目前经营一切正常。")[0][0] == "王伟"


def test_a_member_of_the_city_standing_committee_is_a_person() -> None:
    assert said("市委常委表示，要进一步加强作风建设。") == [(None, "市委常委")]


def test_a_member_of_a_standing_committee_named_after() -> None:
    assert said("政协常委王强表示，要进一步加强作风建设。") == [("王强", "政协常委")]


def test_the_standing_committee_itself_is_a_body() -> None:
    assert said("人大常委会表示，要进一步加强作风建设。") == [("人大常委会", None)]
