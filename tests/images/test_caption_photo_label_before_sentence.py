"""A text dump writes a caption line as "Photo: <the caption's sentence>. <credit>" ("Photo: Crews repair the pier on
Tuesday. Anna Roe/Valley Times"): with the credit split off its end, the label before the sentence is neither caption
nor credit (the caption kept "Photo:" before). A label before a name ("Photo: Anna Roe. …"), a giver's word or a
phrase too short for a sentence stays as it was. Made-up lines in the shape of plain-text feeds (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_EN = "Crews repair the old pier near the ferry landing on Tuesday."


@pytest.mark.parametrize(
    ("label", "credit", "name", "organization"),
    [
        ("Photo:", "Anna Roe/Valley Times", "Anna Roe", "Valley Times"),
        ("PHOTO:", "(Anna Roe/Valley Times)", "Anna Roe", "Valley Times"),
        ("Image:", "Photo by Anna Roe", "Anna Roe", None),
        ("Photos:", "AP", None, "AP"),
    ],
)
def test_label_before_the_sentence_is_dropped(
    label: str, credit: str, name: str | None, organization: str | None
) -> None:
    assert caption_and_credits(f"{label} {_EN} {credit}") == (_EN, [(name, organization, credit)])


def test_label_before_a_name_stays() -> None:
    written = f"Photo: Anna Roe. {_EN} AP"
    assert caption_and_credits(written)[0] == f"Photo: Anna Roe. {_EN}"
