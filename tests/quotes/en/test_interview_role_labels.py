"""The label of a question-and-answer line ("Interviewer:", "Host:", "Question:", "Reporter:") names the part a
speaker plays in an interview, not a person: the line after it was read as a headline claim of a person named
"Interviewer". A person's name as the label still is one. Session 63. Made-up lines."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize("label", ["Interviewer", "Host", "Moderator", "Reporter", "Question", "Answer"])
def test_interview_part_label_is_no_speaker(label: str) -> None:
    assert said(f"{label}: What made you open the shop in the first place?", "en") == []


def test_a_name_label_still_speaks() -> None:
    assert said("Eze: Rhetoric is destroying the party", "en") == [("Eze", None)]
