"""A title and a name of a surname that is also a word (主任和平: 和 is a surname, 和平 "peace"): the name held a
character no foreign name's sounds use (和), so it was not read as the name after the title, and the title and the
name came out as one name (主任和平) or one role (书记和平). Every sentence is made up; each expected name is read off
the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_director_he_ping() -> None:
    assert said("主任和平表示，项目将于年底完工。") == [("和平", "主任")]


def test_secretary_he_ping() -> None:
    assert said("书记和平说，村里的路明年修通。") == [("和平", "书记")]


def test_full_name_after_the_title_still_read() -> None:
    assert said("主任张和平表示，项目将于年底完工。") == [("张和平", "主任")]
