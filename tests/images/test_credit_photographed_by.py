""""Photographed by" before a named photographer closes or opens a caption as "Photo by" does; "photographed by a
drone" or "was photographed by tourists" is caption text. Made-up captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


@pytest.mark.parametrize(
    ("text", "caption", "name", "organization"),
    [
        ("Fishing boats return at dusk. Photographed by Lena Hoffmann.", "Fishing boats return at dusk.",
         "Lena Hoffmann", None),
        ("The old mill after the flood. Photographed by Omar Haddad/Reuters", "The old mill after the flood.",
         "Omar Haddad", "Reuters"),
        ("Photographed by Lena Hoffmann", None, "Lena Hoffmann", None),
    ],
)
def test_photographed_by_is_a_credit(text: str, caption: str | None, name: str, organization: str | None) -> None:
    got_caption, credits = split_photo_credit(text)
    assert got_caption == caption
    assert [(c.role.value, c.name, c.organization) for c in credits] == [("photographer", name, organization)]


@pytest.mark.parametrize(
    "text",
    [
        "Photographed by a drone, the valley shows where the river left its bed.",
        "The mill was photographed by tourists on Sunday.",
    ],
)
def test_photographed_by_a_thing_stays_caption(text: str) -> None:
    assert split_photo_credit(text) == (text, [])
