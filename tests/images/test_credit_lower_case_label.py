"""A credit label written in lower case after the caption's last sentence ("… on Sunday. photo: Lena Hoffmann") is a
credit, as its capitalised form is; lower-case words after a sentence that carry no label's colon or "by" before a
name stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "raw"),
    [
        ("Fishing boats return to the harbour at dusk. photo: Lena Hoffmann", "Fishing boats return to the harbour at dusk.",
         "photo: Lena Hoffmann"),
        ("The old mill after the flood. photo by Omar Haddad", "The old mill after the flood.", "photo by Omar Haddad"),
        ("Volunteers fill sandbags near the bridge. image credit: River Trust",
         "Volunteers fill sandbags near the bridge.", "image credit: River Trust"),
        ("The new ferry on its first crossing! credit: Omar Haddad/Reuters", "The new ferry on its first crossing!",
         "credit: Omar Haddad/Reuters"),
    ],
)
def test_lower_case_label_closes_caption(text: str, caption: str, raw: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [c.raw for c in credits] == [raw]


@pytest.mark.parametrize(
    "text",
    [
        "The mill in 1950. photos of it before the fire are rare.",
        "The valley at dawn. photo by a drone over the river",
        "The valley at dawn. images from the archive show the old bridge",
    ],
)
def test_lower_case_words_without_label_stay_caption(text: str) -> None:
    assert split_photo_credit(text) == (text, [])
