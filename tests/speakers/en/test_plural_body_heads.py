"""Bodies whose head noun is plural ("the Centers for …", "the National Institutes of …") are organisations like
"the Center for …": the whole name speaks, not its last word after "and". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_centers_joined_by_for_and_and_is_one_body() -> None:
    assert said("The Centers for Soil Testing and Research said yields fell by a fifth.", "en") == [
        ("The Centers for Soil Testing and Research", None)
    ]


def test_centers_after_the_report() -> None:
    assert said("Yields fell by a fifth, the Centres for Rural Health and Safety said.", "en") == [
        ("the Centres for Rural Health and Safety", None)
    ]


def test_institutes_of_a_field() -> None:
    assert said("The National Institutes of Ocean Science said the survey would resume.", "en") == [
        ("The National Institutes of Ocean Science", None)
    ]
