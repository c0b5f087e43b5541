"""A caption that is only a taker and the outlet ("Tom Reed/Valley Times"), the taker's name opening with a known
given name and the outlet of an organisation's shape though no table knows it, is the picture's credit, not its
caption, as "Anna Roe/dpa" is (made-up figures)."""

from __future__ import annotations

import pytest

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import build_images

_SRC = "https://www.example.com/img/riverbank-1200.jpg"


def _read(caption: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    [image] = build_images([ImageDraft(src=_SRC, caption=caption)])
    return image.caption, [(c.name, c.organization) for c in image.credits]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Tom Reed/Valley Times", [("Tom Reed", "Valley Times")]),
        ("Tom Reed / The Valley Times", [("Tom Reed", "The Valley Times")]),
        ("Anna Roe | Lakeside Media Group", [("Anna Roe", "Lakeside Media Group")]),
    ],
)
def test_the_caption_is_the_credit(caption: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _read(caption) == (None, expected)


@pytest.mark.parametrize("caption", ["Paris/Berlin", "Mayor Jane Holt/City Hall", "Harbour Crane/Dock Four"])
def test_other_chains_stay_captions(caption: str) -> None:
    assert _read(caption) == (caption, [])
