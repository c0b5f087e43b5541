"""A full name with the speaker's own title right after it (刘强董事长表示, 陈红志愿者告诉记者) names him, the title his
role; two offices joined by 兼 (董事长兼总经理) are one role, and so is a title with its mark of rank (首席执行官,
总经理, 副局长). A noun of someone else after a name (张伟家属: Zhang Wei's family) is no title of his. Every sentence
is made up; each expected speaker and role is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_two_offices_joined_after_a_name() -> None:
    assert said("刘强董事长兼总经理表示，公司今年营收增长两成。") == [("刘强", "董事长兼总经理")]


def test_a_deputy_and_a_chief_engineer() -> None:
    assert said("王建国副局长兼总工程师表示，将加快推进项目建设。") == [("王建国", "副局长兼总工程师")]


def test_a_chief_executive_read_in_two_words() -> None:
    assert said("刘强董事长兼首席执行官表示，公司今年营收增长两成。") == [("刘强", "董事长兼首席执行官")]


def test_a_general_manager_after_a_name() -> None:
    assert said("刘强总经理表示，公司今年营收增长两成。") == [("刘强", "总经理")]


def test_a_volunteer_after_a_name() -> None:
    assert said("陈红志愿者告诉记者：“我们每天都来。”") == [("陈红", "志愿者")]


def test_a_nurse_after_a_name() -> None:
    assert said("李娟护士告诉记者：“病人今天好多了。”") == [("李娟", "护士")]


def test_a_family_after_a_name_is_no_title_of_his() -> None:
    assert said("张伟家属表示，希望尽快查明真相。")[0][0] != "张伟"


def test_volunteers_without_a_name_stay_unnamed() -> None:
    assert said("社区志愿者告诉记者：“我们每天都来。”") == [(None, "社区志愿者")]
