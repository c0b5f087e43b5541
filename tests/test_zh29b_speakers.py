"""Chinese speakers (zh29b): made-up sentences whose speaker is wrong by construction.

Every sentence is made up; each expected speaker is read off the sentences.
"""

from __future__ import annotations

from .quote_helpers import said


def test_a_straight_closing_mark_is_no_part_of_the_next_speaker() -> None:
    # 王明说:"…"李华说:"…": the straight mark closing the first quote ends the clause before 李华.
    assert said('王明说:"我们明天出发。"李华说:"我不去。"') == [("王明", None), ("李华", None)]
