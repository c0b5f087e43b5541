"""A clause cue right after the closing bracket of a note on its subject (市民张先生（化名）反映，…, 陈大文（左）指，…)
reports the clause after its comma, as it does right after the subject (市民张先生反映，…); before, a clause cue was
read only after a Chinese character, and the bracket hid it.

Every sentence is made up; each expected speaker and clause is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_a_resident_named_with_a_pseudonym_complains() -> None:
    p = "市民张先生（化名）反映，小区电梯经常出现故障。"
    assert reported_by(p) == [("张先生", "小区电梯经常出现故障。")]


def test_a_person_in_a_photograph_points_out() -> None:
    p = "陳大文（左）指，政府應盡快就此立法。"
    assert reported_by(p) == [("陳大文", "政府應盡快就此立法。")]


def test_without_a_note_unchanged() -> None:
    p = "市民张先生反映，小区电梯经常出现故障。"
    assert reported_by(p) == [("张先生", "小区电梯经常出现故障。")]
