"""A segment opening with a coordinator after a subject's comma ("Ruiz, and other critics of the tax, claim")
adds a second subject: it is no apposition, so no role of the first."""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_coordinated_subject_is_no_role() -> None:
    text = "Tom Ruiz, and other critics of the tax, claim the rule has been misread for decades."
    assert said(text, "en") == [("Tom Ruiz", None)]


def test_a_disjoined_subject_is_no_role() -> None:
    text = "Jane Roe, or one of her aides, said the letter had been sent."
    assert said(text, "en") == [("Jane Roe", None)]


def test_an_apposition_is_still_a_role() -> None:
    text = "Jane Roe, a spokeswoman for the council, said the letter had been sent."
    assert said(text, "en") == [("Jane Roe", "a spokeswoman for the council")]
