"""A body's office, bureau or field office placed in a town ("the Harbour Safety Board office in Brantwick said")
speaks as the body, as "the Harbour Safety Board in Brantwick" does: the town is no description of its own. Found by
a probe of made-up sentences (the role "Houston" with no speaker; the closing form found no quote). Made-up."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said


@pytest.mark.parametrize("office", ["office", "bureau", "field office", "regional office"])
def test_office_of_a_body_in_a_town(office: str) -> None:
    text = f"The Harbour Safety Board {office} in Brantwick said the bridge would reopen."
    assert said(text, "en") == [("The Harbour Safety Board", None)]


def test_closing_form() -> None:
    assert said("The bridge would reopen, the Harbour Safety Board office in Brantwick said.", "en") == [
        ("the Harbour Safety Board", None)
    ]


def test_people_in_a_town_are_unchanged() -> None:
    assert said("Officials in Brantwick said the bridge would reopen.", "en") == [(None, "Officials in Brantwick")]
