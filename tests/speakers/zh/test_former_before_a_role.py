"""前 (former) opening a role before a body, a noun of a role or a place (前保安局局长, 前特首, 前国脚, 前NASA宇航员):
jieba tags it a localiser, and only a title or a body's name right after it kept it; otherwise the role lost it
(前特首梁振英 -> role 特首, a present office). It stays part of the role. Every sentence is made up; each expected
name and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_former_before_a_department_and_its_head() -> None:
    assert said("前保安局局長葉劉淑儀批評，當局執法不力。") == [("葉劉淑儀", "前保安局局長")]


def test_former_chief_executive() -> None:
    assert said("前特首梁振英指，香港前景光明。") == [("梁振英", "前特首")]


def test_former_national_player() -> None:
    assert said("前国脚李明表示，球队需要更多时间磨合。") == [("李明", "前国脚")]


def test_former_before_a_latin_name_of_a_body() -> None:
    assert said("前NASA宇航员李明表示，太空探索意义重大。") == [("李明", "前NASA宇航员")]


def test_former_before_a_title_still_kept() -> None:
    assert said("前总统李明表示，他将再次参选。") == [("李明", "前总统")]


def test_days_before_are_no_role() -> None:
    assert said("前两天，市长李明表示，政府会加强执法。") == [("李明", "市长")]
