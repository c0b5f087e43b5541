"""A kind of picture and its photo word written in capitals before a credit's mark or "by" ("FILE PHOTO/The
Ledger", "STAFF PHOTO: TOM REYES") open the credit, as "File photo/…" and "Staff photo by …" do; before, only a
lower-case photo word was read, and the kind word stayed behind in the caption ("… morning. FILE"). Made-up
captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Dock workers load containers at the harbour on Tuesday morning."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("FILE PHOTO/The Ledger", None, "The Ledger"),
        ("FILE PHOTO/Reuters", None, "Reuters"),
        ("STAFF PHOTO: TOM REYES", "Tom Reyes", None),
        ("Staff Photo by Maria Ortiz", "Maria Ortiz", None),
    ],
)
def test_kind_and_photo_word_in_capitals(credit: str, name: str | None, outlet: str | None) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])
