"""The object after 把 (or 将 before 此/其) is acted on, never who speaks: 他|把这种做法(称为…并表示), 有人|将此(认为…).
The role is no clause fragment holding the marker; the subject before it speaks. Every sentence is made up; each
expected speaker is read off the sentence."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_object_after_ba_is_no_role() -> None:
    found = said("他把这种做法称为豪赌并表示：“公司不会跟进。”")
    assert found and all("把" not in (role or "") and "把" not in (name or "") for name, role in found)


def test_the_subject_before_ba_is_resolved() -> None:
    found = said("陈志强是这家公司的董事长。他把这种做法称为豪赌并表示：“公司不会跟进。”")
    assert [name for name, _ in found] == ["陈志强"]


def test_the_object_after_jiang_ci_is_no_role() -> None:
    found = said("有評論者將此認為是「飲鴆止渴」。")
    assert all("將" not in (role or "") and "将" not in (role or "") for _, role in found)


def test_jiang_as_will_keeps_the_speaker() -> None:
    assert said("王刚将在会上表示：“公司不会跟进。”") == [("王刚", None)]
