"""A person's name, a comma and the outlet, no label, after the caption's last sentence ("… on Saturday. Dana
Whitfield, The Valley Courier"): the picture's credit when a word of an organisation names the outlet ("Courier",
"Gazette") or the outlet opens with an article after a name opening with a known given name. A place and a
description after a comma stay caption text. Made-up captions."""

from __future__ import annotations

import pytest

from tests.figure_helpers import caption_and_credits

_CAPTION = "Vendors set up stalls in the old market hall before dawn on Saturday."


@pytest.mark.parametrize(
    ("credit", "name", "outlet"),
    [
        ("Dana Whitfield, The Valley Courier", "Dana Whitfield", "The Valley Courier"),
        ("Tom Reyes, The Harbour Post", "Tom Reyes", "The Harbour Post"),
        ("Dana Whitfield, Harbour Gazette", "Dana Whitfield", "Harbour Gazette"),
    ],
)
def test_name_comma_outlet_is_the_credit(credit: str, name: str, outlet: str) -> None:
    assert caption_and_credits(f"{_CAPTION} {credit}") == (_CAPTION, [(name, outlet, credit)])


def test_french_paper_after_the_comma() -> None:
    caption = "Des marchands installent leurs étals samedi."
    credit = "Marie Dubois, Le Courrier de l'Ouest"
    assert caption_and_credits(f"{caption} {credit}") == (caption, [("Marie Dubois", "Le Courrier de l'Ouest", credit)])


@pytest.mark.parametrize("tail", ["Main Street, The Old Town", "Dana Whitfield, the vendor"])
def test_other_comma_tails_stay_caption_text(tail: str) -> None:
    written = f"{_CAPTION} {tail}"
    assert caption_and_credits(written) == (written, [])
