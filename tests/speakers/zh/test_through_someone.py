"""经 (through) before the one who passes words on is a preposition, never the first character of a name.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import speakers


def test_a_reminder_through_a_named_person_is_theirs() -> None:
    # 经王丽提醒“…”: 王丽 reminds; 经 opens the phrase, no surname.
    assert speakers("经王丽提醒“合同第三条有问题，千万别签”后，李华决定不签了。") == ["王丽"]
