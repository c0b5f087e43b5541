"""A title written before the name after "according to" ("According to Mayor Ann Cole, …") is the speaker's
role, as after an inverted cue ("said Mayor Ann Cole"); the clause after the name's comma is the report, no role,
and a role set off after the name joins the title. Made-up sentences."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None)
        for q in find_quotes([Block(text=text)], "en")
    ]


@pytest.mark.parametrize(
    ("text", "report", "name", "role"),
    [
        ("According to Mayor Lena Ruiz, the pool will open in June.", "the pool will open in June", "Lena Ruiz", "Mayor"),
        ("According to Senator Omar Vale, the vote was close.", "the vote was close", "Omar Vale", "Senator"),
        ("According to former Governor Ida Marsh, taxes will fall.", "taxes will fall", "Ida Marsh", "former Governor"),
        ("According to Fire Chief Ned Park, the blaze is contained.", "the blaze is contained", "Ned Park", "Fire Chief"),
    ],
)
def test_the_title_before_the_name_is_the_role(text: str, report: str, name: str, role: str) -> None:
    assert _found(text) == [(report, name, role)]


def test_a_role_after_the_name_joins_the_title() -> None:
    text = "According to Mayor Lena Ruiz, a Democrat, the pool will open in June."
    assert _found(text) == [("the pool will open in June", "Lena Ruiz", "Mayor, a Democrat")]


def test_no_title_no_role() -> None:
    assert _found("According to Lena Ruiz, the pool will open in June.") == [("the pool will open in June", "Lena Ruiz", None)]
