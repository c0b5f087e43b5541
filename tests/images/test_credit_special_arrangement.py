"""India's giver note "Special Arrangement" is an organisation-like credit, as "Handout" is, never a person (Session 64)."""

from __future__ import annotations

import pytest

import cqnews
from cqnews.credit_text.photo import split_photo_credit

_P1 = (
    "The district administration on Tuesday opened a new bridge over the canal, cutting the journey between the two "
    "villages from forty minutes to ten, officials said."
)
_P2 = (
    "Residents had petitioned for the bridge for nearly a decade, and the work was completed three months ahead of "
    "schedule at a cost of twelve crore rupees."
)


@pytest.mark.parametrize(
    "text",
    [
        "Villagers cross the new bridge on Tuesday. Photo: Special Arrangement",
        "Villagers cross the new bridge on Tuesday. — Special Arrangement",
        "Villagers cross the new bridge on Tuesday. | Special Arrangement",
        "Villagers cross the new bridge on Tuesday. (Special arrangement)",
    ],
)
def test_special_arrangement_closes_the_caption_and_names_no_one(text: str) -> None:
    caption, credits = split_photo_credit(text)
    assert caption == "Villagers cross the new bridge on Tuesday."
    assert [(c.name, c.organization) for c in credits] == [(None, "Special Arrangement")]


def test_the_words_inside_a_sentence_stay_caption_text() -> None:
    text = "Officials sign the special arrangement with the state."
    assert split_photo_credit(text) == (text, [])


def test_an_indian_portal_figure() -> None:
    html = (
        "<html lang='en'><head><meta charset='utf-8'><title>Bridge</title></head><body><article><h1>Bridge opens</h1>"
        f"<p>{_P1}</p><figure class='picture'><img src='/static/bridge.jpg'><figcaption>Villagers cross the new bridge "
        f"on Tuesday. Photo: Special Arrangement</figcaption></figure><p>{_P2}</p><p>{_P1} {_P2}</p></article>"
        "</body></html>"
    )
    [image] = cqnews.parse(html).images
    assert image.caption == "Villagers cross the new bridge on Tuesday."
    assert [(c.name, c.organization) for c in image.credits] == [(None, "Special Arrangement")]
