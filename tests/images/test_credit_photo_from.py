""""Photo from" opens a credit when a name follows ("Photo from Reuters") and a caption when a description of the
scene follows ("Photo from the 2019 parade on Main Street."): a lower-case word or a number after "from", alone or
after an article (made-up captions)."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import split_photo_credit


def _typed(text: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    caption, credits = split_photo_credit(text)
    return caption, [(c.name, c.organization) for c in credits]


@pytest.mark.parametrize(
    "text",
    [
        "Photo from the 2019 parade on Main Street.",
        "Photos from a rally outside the town hall in May.",
        "Photo from 2021 shows the old ferry terminal.",
        "Photo from last winter's flood on the river road.",
        "Picture from an earlier visit to the plant.",
    ],
)
def test_photo_from_a_scene_is_a_caption(text: str) -> None:
    assert _typed(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("Photo from Reuters", [(None, "Reuters")]),
        ("Image from the Associated Press", [(None, "The Associated Press")]),
        ("Photo: Anna Roe", [("Anna Roe", None)]),
        ("Photo by Anna Roe", [("Anna Roe", None)]),
    ],
)
def test_photo_from_a_name_is_a_credit(text: str, credits: list[tuple[str | None, str | None]]) -> None:
    assert _typed(text) == (None, credits)
