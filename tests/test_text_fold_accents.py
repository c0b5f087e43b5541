"""One accent folding for every stage (:func:`cqnews.text.fold_accents`): a given name read for its gender and a
byline's place are both compared with their tables accents aside. Made-up names and places."""

from __future__ import annotations

import pytest

from cqnews.enrich.speakers.given_names import given_name_gender
from cqnews.text import fold_accents


@pytest.mark.parametrize(
    ("written", "folded"),
    [("José", "Jose"), ("Zoë", "Zoe"), ("Seán", "Sean"), ("são paulo", "sao paulo"), ("Ærø", "Ærø"), ("王伟", "王伟")],
)
def test_fold_accents_drops_only_the_marks(written: str, folded: str) -> None:
    assert fold_accents(written) == folded


def test_a_given_name_with_an_accent_has_the_gender_of_its_plain_spelling() -> None:
    assert given_name_gender("Renée Marsh") == given_name_gender("Renee Marsh") == "f"
