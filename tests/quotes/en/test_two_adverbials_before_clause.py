"""Two short adverbials in a row between a cue and its bare clause ("said in a statement on Sunday evening the
matter was …") are stepped over as one is ("said in a statement the matter was …")."""

from __future__ import annotations

import pytest

from tests.quote_helpers import reported


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "A council spokeswoman said in a statement on Sunday evening the library would stay shut.",
            "the library would stay shut",
        ),
        (
            "The ferry operator said on Friday night the crossings had been cancelled.",
            "the crossings had been cancelled",
        ),
        ("The coach said in Perth on Tuesday his squad was fully fit.", "his squad was fully fit"),
    ],
)
def test_two_adverbials_then_the_clause(text: str, clause: str) -> None:
    assert reported(text) == [clause]


def test_adverbials_with_no_clause_after_them_report_nothing() -> None:
    assert reported("The two sides agreed in principle on the deal at a meeting in Geneva.") == []
