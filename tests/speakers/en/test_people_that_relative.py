"""A relative clause opened by "that" after a noun of people, before the cue: the noun is the speaker's
description, not the clause ("Residents that spoke to the Nation said" is residents, not "spoke to the Nation";
the outlet they spoke to is no speaker either). Session 60; made-up sentences in the shape of East African papers."""

from __future__ import annotations

from tests.quote_helpers import said


def test_residents_that_spoke_to_a_paper() -> None:
    text = "Residents that spoke to the Courier said the taps had been dry for three weeks."
    assert said(text, "en") == [(None, "Residents")]


def test_the_outlet_after_that_is_no_speaker() -> None:
    text = "Traders that spoke to The Clarion said sales had dropped by half since June."
    assert said(text, "en") == [(None, "Traders")]


def test_who_reads_the_same() -> None:
    text = "Residents who spoke to the Courier said the taps had been dry for three weeks."
    assert said(text, "en") == [(None, "Residents")]
