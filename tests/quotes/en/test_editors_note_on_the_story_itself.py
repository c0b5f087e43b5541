"""The paper's note on its own story ("EDITOR'S NOTE: This story has been updated …, her office said.") is the paper
speaking: a quote there that opens by naming the story itself is no one's report (before, "her office" reported
"This story has been updated …"). What the note reports of others ("The mayor did not resign, her office said")
stays. Session 63. Made-up lines in the shape of US local and wire pages."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported_said


@pytest.mark.parametrize(
    "line",
    [
        "EDITOR'S NOTE: This story has been updated to include a response from the mayor, her office said.",
        "Editor’s note: An earlier version of this article misstated the date of the hearing, the court said.",
        "CORRECTION: A previous version of this story gave the wrong age for the driver, police said.",
        "(Editors' note: This report has been corrected to show the vote was 5-2, the clerk said.)",
    ],
)
def test_a_note_on_the_story_itself_reports_nothing(line: str) -> None:
    assert reported_said(line) == []


def test_what_the_note_reports_of_others_stays() -> None:
    assert reported_said("EDITOR'S NOTE: The mayor did not resign, her office said on Tuesday.") == [
        ("The mayor did not resign", None, "her office")
    ]


def test_a_report_after_the_note_stays() -> None:
    assert reported_said("Correction: This story has been updated. The council said it would appeal the ruling.") == [
        ("it would appeal the ruling", "The council", None)
    ]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Update: The road has reopened, police said.", "The road has reopened"),
        ("Editor’s note: The mayor declined to comment, her office said.", "The mayor declined to comment"),
    ],
)
def test_the_label_is_no_part_of_the_report(line: str, text: str) -> None:
    assert [t for t, _, _ in reported_said(line)] == [text]
