"""A documentation abbreviation opening a credit ("Foto: Dok ANTARA", "Foto: Dok. Humas Pemkot": documentation of) is
no part of the giver's name; before one word no table knows ("Dok. Pribadi", personal documentation) it stays.
Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits


@pytest.mark.parametrize(
    ("written", "organization"),
    [
        ("Warga berkumpul di alun-alun. Foto: Dok ANTARA", "ANTARA"),
        ("Warga berkumpul di alun-alun. (Foto: Dok. Humas Pemkot)", "Humas Pemkot"),
        ("Warga berkumpul di alun-alun. Foto: Dok. Pribadi", "Dok. Pribadi"),  # one word no table knows: kept whole
    ],
)
def test_documentation_abbreviation_is_no_part_of_the_giver(written: str, organization: str) -> None:
    caption, credits = caption_and_credits(written)
    assert caption == "Warga berkumpul di alun-alun."
    assert [c[1] for c in credits] == [organization]

