"""The last character of a name glued by jieba to 今 or 昨 of a time word after it (陈家/超今/早表示): the name is
whole (陈家超) and 今早 is the time, no part of the speaker.

Every sentence is made up; each expected speaker and role is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_chief_executive_this_morning() -> None:
    assert said("特首陈家超今早表示，政府会检视有关政策。") == [("陈家超", "特首")]


def test_director_this_morning() -> None:
    assert said("局长王家明今早表示，新学期将增加校车班次。") == [("王家明", "局长")]
