"""A lower-case role written right before a name ("Foreign Ministry spokesperson Mao Ning") is that person's
title: a later description repeating it ("the spokesperson added", "the Foreign Ministry spokesperson said") is
the person. A hyphenated "Vice-President Kamala Harris" is titled alike, so "the Vice-President" is Kamala
Harris. Made-up sentences; the expected speaker is read off them.
"""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _last_speaker_name(*paragraphs: str) -> str | None:
    quotes = [q for q in find_quotes([Block(text=p) for p in paragraphs], "en") if q.kind is QuoteKind.DIRECT]
    assert quotes
    speaker = quotes[-1].speaker
    assert speaker is not None
    return speaker.name


_MAO = "Foreign Ministry spokesperson Mao Ning told reporters the talks had been useful."


@pytest.mark.parametrize(
    "later",
    [
        '"We hope for more progress," the Foreign Ministry spokesperson said.',
        '"We hope for more progress," the spokesperson added.',
        'The spokesperson said: "We hope for more progress."',
        '"We hope for more progress," said the spokesperson.',
    ],
)
def test_a_lower_case_role_before_a_name_is_named_again(later: str) -> None:
    assert _last_speaker_name(_MAO, later) == "Mao Ning"


def test_a_lower_case_role_after_a_lower_case_word() -> None:
    first = "The visit was confirmed by army spokesman Tomas Berg on Monday."
    assert _last_speaker_name(first, '"The convoy left at dawn," the spokesman said.') == "Tomas Berg"


@pytest.mark.parametrize(
    "later",
    [
        '"We will keep the plant open," the Vice-President said.',
        '"We will keep the plant open," said the Vice-President.',
    ],
)
def test_a_hyphenated_vice_president_is_named_again(later: str) -> None:
    first = "Vice-President Kamala Harris toured the plant on Monday."
    assert _last_speaker_name(first, later) == "Kamala Harris"


def test_every_office_title_is_a_title() -> None:
    """An office standing for its holder ("the Vice-President") must also be a title before a name, or the
    holder named with it is never noted."""
    from cqnews.lexicon.en import OFFICE_TITLES, TITLES

    assert OFFICE_TITLES <= TITLES
