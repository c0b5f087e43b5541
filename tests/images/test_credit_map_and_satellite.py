"""Map and satellite pictures credit the service or the company that made them ("(Image: Google Maps)", "Satellite
image: Maxar Technologies"): an organisation, though its two capitalised words read as a person's name; "Satellite"
before the photo word is the kind of picture, as "Staff" is (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The site of the planned depot. (Image: Google Maps)", "Google Maps"),
        ("The site of the planned depot. Photo: Google Street View", "Google Street View"),
        ("The site of the planned depot. Satellite image: Maxar Technologies", "Maxar Technologies"),
        ("The site of the planned depot. Satellite photo by Planet Labs PBC", "Planet Labs PBC"),
    ],
)
def test_the_service_is_an_organisation(text: str, org: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "The site of the planned depot."
    assert [(c.name, c.organization) for c in credits] == [(None, org)]


def test_satellite_pictures_in_a_sentence_stay_caption_text() -> None:
    text = "Satellite images show the damaged bridge."
    assert split_photo_credit(text) == (text, [])
