"""An unnamed person who speaks for someone is the speaker, not the one they speak for.

"A spokeswoman for Acme Corp said …" quotes an unnamed spokeswoman: the speaker has no name and the
description is its role, as "A spokesman for the ministry said …" already had. "A lawyer for Maria Lopez
said …" is the lawyer's statement, not Maria Lopez's. Made-up sentences; each expected role is read off it.
"""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("A spokeswoman for Acme Corp said the company had not been consulted.", "A spokeswoman for Acme Corp"),
        (
            "A spokesman for the Ministry of Defence said the figures would be reviewed by auditors.",
            "A spokesman for the Ministry of Defence",
        ),
        ("A lawyer for Maria Lopez said she would appeal against the ruling.", "A lawyer for Maria Lopez"),
        ("“We will appeal,” a senior spokesman for Acme Corp said.", "a senior spokesman for Acme Corp"),
    ],
)
def test_someone_speaking_for_a_name_is_unnamed(sentence: str, role: str) -> None:
    quotes = find_quotes([Block(text=sentence)], "en")
    assert [(q.speaker.name, q.speaker.role) if q.speaker else None for q in quotes] == [(None, role)]


def test_a_pronoun_after_an_unnamed_source_goes_on_with_it() -> None:
    blocks = [
        Block(text="The Police Federation said officers were exhausted after a difficult week."),
        Block(text="A spokesman for Valley Police said one child remained in hospital a week after the attack."),
        Block(text="They added that all other patients have now been discharged."),
    ]
    speakers = [(q.speaker.name, q.speaker.role) if q.speaker else None for q in find_quotes(blocks, "en")]
    assert speakers == [
        ("The Police Federation", None),
        (None, "A spokesman for Valley Police"),
        (None, "A spokesman for Valley Police"),
    ]
