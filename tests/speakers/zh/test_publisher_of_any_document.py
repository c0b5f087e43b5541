"""A body, a verb of publishing and one noun of what it publishes before the cue (气象台发出预警称, 公司发出律师函称):
the body speaks, whatever the document (a warning, a lawyer's letter, an appeal), as it did with the documents of
the table (发布公告, 发表声明). Traditional characters alike (氣象台發出預警稱).

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_warning_published() -> None:
    assert said("气象台发出预警称，今晚将有暴雨。") == [("气象台", None)]
    assert said("氣象台發出預警稱，今晚將有暴雨。") == [("氣象台", None)]


def test_an_appeal_published() -> None:
    assert said("市政府发出倡议称，市民应绿色出行。") == [("市政府", None)]
