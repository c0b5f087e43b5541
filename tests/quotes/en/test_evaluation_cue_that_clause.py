"""A verb of praise or condemnation followed by "that" and a clause with a finite verb reports the clause, without
the "that" ("decried that the stage had been closed"); "that" as a determiner keeps the object reading."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_decried_that_and_a_clause() -> None:
    assert reported("The boda boda riders decried that the stage had been closed without notice.") == [
        "the stage had been closed without notice"
    ]


def test_decried_that_as_a_determiner_stays_an_object() -> None:
    assert reported("The riders decried that closure as unfair.") == ["that closure as unfair"]
