"""A bracket closing a caption that names a giver before its giver word ("(Harbour Trust handout)", "(River Council
handout photo)") is a credit, as "(Handout)" and "(Courtesy photo)" are; "(the food handout)" is caption text.
Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Volunteers fill sandbags near the old bridge. (Harbour Trust handout)", "(Harbour Trust handout)"),
        ("Volunteers fill sandbags near the old bridge (River Council handout photo)", "(River Council handout photo)"),
        ("Volunteers fill sandbags near the old bridge. (Lena Hoffmann supplied)", "(Lena Hoffmann supplied)"),
    ],
)
def test_named_giver_bracket_is_credit(text: str, raw: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == text[: -len(raw)].rstrip()
    assert [c.raw for c in credits] == [raw]


@pytest.mark.parametrize(
    "text", ["Families queue in the square (the food handout)", "Families queue in the square (a weekly handout)"]
)
def test_handout_as_a_thing_stays_caption(text: str) -> None:
    assert split_photo_credit(text) == (text, [])
