"""A photo word then a giver word closing a caption ("… on Tuesday. (Photo provided)", "Photo submitted", "(Photos
contributed)") is its credit note, as the two the other way round ("(Provided photo)", "Submitted photo") are: the
caption ended in its credit before. Made-up captions in the shape of small US papers (Session 61)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_EN = "Volunteers plant oak saplings along the river trail on Tuesday."


@pytest.mark.parametrize(
    ("credit", "organization"),
    [
        ("(Photo provided)", "Provided"),
        ("Photo submitted", "Submitted"),
        ("(Photos contributed)", "Contributed"),
        ("(Provided photo)", "Provided"),
    ],
)
def test_photo_word_then_giver_word(credit: str, organization: str) -> None:
    assert caption_and_credits(f"{_EN} {credit}") == (_EN, [(None, organization, credit)])


def test_sentence_with_the_words_stays() -> None:
    written = "The photo provided by the family shows the pier."
    assert caption_and_credits(written) == (written, [])
