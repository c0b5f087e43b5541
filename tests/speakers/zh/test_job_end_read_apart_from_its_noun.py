"""The last character of a noun of a job (员, 医) that jieba glues to the surname after it (网格|员马|丽丽,
女村|医杨|红梅) ends the role: the name is whole after it (Session 60: 丽丽 and 红梅 were cut inside a word).

Every sentence is made up, in the shape of a county media centre's report; each expected speaker and role is read
off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_grid_worker_end_glued_to_the_surname() -> None:
    assert said("社区网格员马丽丽说：“我每天都要把片区走一遍。”") == [("马丽丽", "社区网格员")]


def test_village_doctor_end_glued_to_the_surname() -> None:
    assert said("女村医杨红梅笑着说：“村里老人多，我得早点来。”") == [("杨红梅", "女村医")]
