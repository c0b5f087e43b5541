"""现场 (on the spot) right after a name and before the cue is where the speaker says it (记者林静现场报道), not the
end of the name; before a role (现场工作人员, 现场指挥长) it stays part of the role.

Every sentence is made up; each expected speaker and role is read off the sentence.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_reporter_on_the_spot() -> None:
    assert said("林静现场报道：“目前，救援工作仍在紧张进行中。”")[0][0] == "林静"


def test_reporter_on_the_spot_after_the_quote() -> None:
    assert said("“目前，救援工作仍在紧张进行中。”记者林静现场报道。") == [("林静", "记者")]


def test_guide_on_the_spot() -> None:
    assert said("王明现场讲解说：“这台设备今年刚投用。”") == [("王明", None)]


def test_staff_on_the_spot_keep_it_in_the_role() -> None:
    assert said("现场工作人员说：“请大家排好队。”") == [(None, "现场工作人员")]
    assert said("现场指挥长赵刚说：“请大家排好队。”") == [("赵刚", "现场指挥长")]
