"""A "Name/Agency" credit glued to a caption that ends with no full stop ("… at dusk Lena Hoffmann/Reuters") or after
a semicolon is a credit when a word in lower case ends the caption; a capitalised word before the name, a pair of
places or an unknown outlet without a semicolon leave the text a caption. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "name", "organization"),
    [
        ("Fishing boats return to the harbour at dusk Lena Hoffmann/Reuters", "Fishing boats return to the harbour at dusk",
         "Lena Hoffmann", "Reuters"),
        ("Volunteers fill sandbags near the old bridge Omar Haddad/AFP", "Volunteers fill sandbags near the old bridge",
         "Omar Haddad", "AFP"),
        ("Volunteers fill sandbags near the old bridge; Omar Haddad/The Valley Courier",
         "Volunteers fill sandbags near the old bridge", "Omar Haddad", "The Valley Courier"),
    ],
)
def test_glued_name_and_agency_closes_caption(text: str, caption: str, name: str, organization: str) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [(c.name, c.organization) for c in credits] == [(name, organization)]


@pytest.mark.parametrize(
    "text",
    [
        "Ferries run twice a day between Dover and Calais/Boulogne",
        "The minister tours the new plant in Lyon Omar Haddad/AFP",
        "Volunteers fill sandbags near the old bridge Omar Haddad/The Valley Courier",
    ],
)
def test_glued_text_without_clear_credit_stays_caption(text: str) -> None:
    assert split_photo_credit(text) == (text, [])
