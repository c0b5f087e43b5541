"""A credit note of a giver word and a photo word alone ("(Courtesy photo)", "Handout photo", "(Submitted photo)"),
as local papers close a caption: the note leaves the caption and credits the giver, as "Handout" or "Supplied" alone
does, never the organisation "photo" (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Pupils plant trees behind the library. (Courtesy photo)", "Courtesy"),
        ("Pupils plant trees behind the library. (Submitted photo)", "Submitted"),
        ("Pupils plant trees behind the library. Handout photo", "Handout"),
        ("Pupils plant trees behind the library. (Contributed photo)", "Contributed"),
    ],
)
def test_giver_note_after_the_caption(text: str, organization: str) -> None:
    assert _typed(text) == ("Pupils plant trees behind the library.", [(None, organization)])


def test_giver_note_alone() -> None:
    assert _typed("(Courtesy photo)") == (None, [(None, "Courtesy")])


def test_giver_word_in_a_sentence_stays_caption() -> None:
    text = "Pupils hold up a submitted photo of the old library."
    assert _typed(text) == (text, [])
