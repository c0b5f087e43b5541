"""The abbreviation of "councillor" on Australian and New Zealand pages ("Cr Ann Roe", "Cr. Ann Roe") is a title
as "Cllr" is on British ones: the role, not part of the name, and "Cr Roe" later is the councillor named before.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import speakers_in_en


def test_the_councillor_named_again() -> None:
    assert (
        speakers_in_en(
            "Cr Bella Tanaka said the new footpath would link the school to the station.",
            '"Parents have asked for this for a decade," Cr Tanaka said.',
        )[-1]
        == "Bella Tanaka"
    )


def test_the_title_with_its_stop() -> None:
    assert speakers_in_en('"The pool will reopen in spring," Cr. Owen Pratt said.') == ["Owen Pratt"]
