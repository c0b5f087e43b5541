"""A name a person bore before, set off after her name ("Mary Collins, née Doyle, said"; "…, born Mary Doyle, …"), is
a name, never her role; an age or a role after it is read as usual, and "born in 1950" or "formerly a nurse" (no name)
stay as written. Made-up sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize("former", ["née Doyle", "nee Doyle", "born Mary Doyle", "formerly Mary Doyle"])
def test_former_name_alone_gives_no_role(former: str) -> None:
    text = f"Mary Collins, {former}, said her father had built the farmhouse by hand in 1952."
    assert said(text, "en") == [("Mary Collins", None)]


def test_age_and_role_after_a_former_name() -> None:
    text = "Ruth Adler, née Stein, 64, a retired nurse, said the clinic had saved her life."
    assert said(text, "en") == [("Ruth Adler", "a retired nurse")]


def test_former_name_after_an_inverted_cue_is_no_role() -> None:
    text = "“He built it with his own hands,” said Mary Collins, née Doyle."
    assert said(text, "en") == [("Mary Collins", None)]


def test_later_quote_by_surname_keeps_no_former_name_as_role() -> None:
    text = "Mary Collins, née Doyle, said her father had built the farmhouse. “He did it all by hand,” Collins said."
    assert said(text, "en") == [("Mary Collins", None), ("Mary Collins", None)]


def test_born_in_a_year_is_left_as_written() -> None:
    text = "Mary Collins, born in 1950, said her father had built the farmhouse by hand."
    assert said(text, "en") == [("Mary Collins", "born in 1950")]
