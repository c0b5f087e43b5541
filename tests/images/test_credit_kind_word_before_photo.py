"""A kind or giver word between a photographer's name and the photo word ("… Tom Reyes Submitted photo", "… Anna Roe
Contributed photo") is no part of the name: the person is "Tom Reyes", as in "Tom Reyes photo" (before, the person was
"Tom Reyes Submitted"). The stop after a middle initial that follows a known given name ends no sentence ("… Jonathan
P. Reyes Submitted photo": before, the caption would be cut there), while a stop after "Plan B" still ends the caption.
Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Volunteers stack sandbags along the creek on Sunday."


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Tom Reyes Submitted photo", "Tom Reyes"),
        ("Anna Roe Contributed photo", "Anna Roe"),
        ("Jonathan P. Reyes Submitted photo", "Jonathan P. Reyes"),
    ],
)
def test_the_kind_word_is_no_part_of_the_name(credit: str, name: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, None, credit)])


def test_a_stop_after_a_capital_that_is_no_initial_ends_the_caption() -> None:
    assert caption_and_credits("The flood barrier seen from Plan B. Supplied") == (
        "The flood barrier seen from Plan B.",
        [(None, "Supplied", "Supplied")],
    )
