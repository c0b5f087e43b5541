"""A Yi or Tibetan name that no table holds, right after a noun of a job (村医木呷伍沙, 牧民才让多杰): jieba glues the
name's first part to the job (村医木/呷/伍沙) or reads it as words (才让 "only then let"), so only the name's last
part was the speaker and the role held the rest (role 村医木呷). The characters no word of the role takes open the
name. Every sentence is made up; each expected name is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_yi_name_after_village_doctor() -> None:
    assert said("村医木呷伍沙说，村里的孩子都打了疫苗。") == [("木呷伍沙", "村医")]


def test_tibetan_name_after_herder() -> None:
    assert said("牧民才让多杰告诉记者，今年牛羊长得很壮。") == [("才让多杰", "牧民")]


def test_han_name_after_a_job_unchanged() -> None:
    assert said("护士长王芳说，病人们都很配合治疗。") == [("王芳", "护士长")]


def test_full_name_after_resident_unchanged() -> None:
    assert said("市民王小明说，地铁每天都很准时。") == [("王小明", "市民")]
