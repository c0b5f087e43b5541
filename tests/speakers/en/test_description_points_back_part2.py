"""A noun that points back at someone ("the researcher said", "the 37-year-old said"): the person the article
named with that noun, else the noun itself as the speaker's role, never a speaker with nothing in it.
Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block
from tests.quote_helpers import said


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in quotes]


def test_a_pointing_noun_with_nobody_named_is_the_role() -> None:
    assert said('"Drones are cheap now," the researcher said.', "en") == [(None, "the researcher")]
    assert said('"The ward is full," the analyst said.', "en") == [(None, "the analyst")]


def test_a_pointing_noun_goes_to_the_person_named_with_it() -> None:
    assert _speakers(
        "Maria Lopez, a researcher at the Rand Corporation, has studied drones for a decade.",
        '"Drones are cheap now," the researcher said.',
    ) == [("Maria Lopez", "a researcher at the Rand Corporation")]
