"""A scan, a test, a video or a photo that "revealed" or "showed" something reports nobody's words: the clause
after a cue of evidence whose subject is such a thing is no reported speech; a person's "revealed" still is."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_a_scan_revealed_is_no_report() -> None:
    assert reported("A second scan revealed a hairline fracture in the patient's left wrist.") == []


def test_tests_have_shown_a_clause_is_no_report() -> None:
    assert reported("Blood tests have shown that the girl had been exposed to lead for months.") == []


def test_footage_also_showed_is_no_report() -> None:
    assert reported("The dashcam footage also showed the van had crossed into the wrong lane.") == []


def test_a_person_who_revealed_a_clause_is_still_reported() -> None:
    assert reported("Coach Dara Finch revealed that two players had asked to leave the club.") == [
        "two players had asked to leave the club"
    ]
