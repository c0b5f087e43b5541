"""A person named with a noun set after the name (85岁的陈秀英老人, 王小明同学) and named again by that noun alone
or with a demonstrative (老人说, 该同学表示): that person, not an unnamed 老人. Every sentence is made up; each
expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said_in


def test_old_person_named_before_the_noun() -> None:
    said = said_in("今年85岁的陈秀英老人独自住在半山腰。", "老人说：“孩子们都在城里打工。”")
    assert said[0][0] == "陈秀英"


def test_pupil_named_before_the_noun() -> None:
    said = said_in("王小明同学今年读初三，每天六点起床。", "该同学表示：“我想考进县一中。”")
    assert said[0][0] == "王小明"


def test_old_people_in_general_stay_unnamed() -> None:
    assert said_in("村里的老人越来越少。", "老人说：“年轻人都走了。”") == [(None, "老人")]
