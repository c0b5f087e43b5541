"""A police rank written short before a name ("Const. Victor Kwong", "Sgt. Ann Lee") is the name's title, not
the end of a sentence: the name after it speaks, the rank its role. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_constable_abbreviated_after_a_force() -> None:
    assert said("“Please avoid the bridge,” Halton police Const. Rita Moreau said.", "en") == [
        ("Rita Moreau", "Const.")
    ]


def test_constable_abbreviated_after_the_cue() -> None:
    assert said("“The driver fled on foot,” said Const. Owen Blake.", "en") == [("Owen Blake", "Const.")]


def test_other_ranks_written_short() -> None:
    assert said("“We found the car abandoned,” said Det. Laura Finch.", "en") == [("Laura Finch", "Det.")]
    assert said("“Two people were taken to hospital,” Insp. Neil Curran said.", "en") == [("Neil Curran", "Insp.")]
