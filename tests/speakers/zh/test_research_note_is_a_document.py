"""研报 (a broker's research note), 年报 and 财报 are documents, as 研究报告 is: their author speaks, the note itself is
no speaker's name; before, 研报认为 had the speaker 研报 and 华泰证券研报指出 the speaker 华泰证券研报. Every sentence is made
up; each expected value is read off it."""

from __future__ import annotations

from tests.quote_helpers import said


def test_research_note_is_no_name() -> None:
    assert said("研报认为，行业景气度将继续提升。")[0][0] is None
    # The broker wrote the note: it is named in the speaker, and the note (研报) is in neither field.
    ((name, role),) = said("华泰证券研报指出，板块估值处于低位。")
    assert "华泰证券" in (name, role)
    assert "研报" not in (name or "") + (role or "")


def test_research_note_pointed_at_is_no_name() -> None:
    # 该研报 ends in 报 as a paper's name does; pointed at by 该 it is the note named before, no one's name.
    assert said("该研报认为，明年行业景气度将继续提升。") == [(None, "该研报")]
