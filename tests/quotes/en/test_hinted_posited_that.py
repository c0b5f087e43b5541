""""hinted" and "posited" report the clause after "that" only ("The governor hinted that the cabinet …"): with no
"that" their object is a thing ("hinted at a return", "posits a link")."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_hinted_that() -> None:
    assert reported("The chief executive hinted that the Accra branch would close next year.") == [
        "the Accra branch would close next year"
    ]


def test_posited_that() -> None:
    assert reported("The elder posited that the shrine had stood there for three centuries.") == [
        "the shrine had stood there for three centuries"
    ]


def test_hinted_at_a_thing_reports_nothing() -> None:
    assert reported("The singer hinted at a reunion tour.") == []
