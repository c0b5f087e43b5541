"""German: a phrase in the dative right after the reporting verb ("sagte dem Sender …", "sagte gegenüber der
Zeitung …") is who was told, never the speaker; the subject comes after it. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speaker(paragraph: str) -> tuple[str | None, str | None]:
    """(name, role) of the paragraph's one quote."""
    [quote] = find_quotes([Block(text=paragraph)], "de")
    assert quote.speaker is not None
    return quote.speaker.name, quote.speaker.role


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("„Die Lage ist ernst“, sagte dem Sender ein Sprecher der Stadt.", (None, "ein Sprecher der Stadt")),
        ("„Die Lage ist ernst“, sagte dem Sender Karl Brenner.", ("Karl Brenner", None)),
        ("„Die Lage ist ernst“, sagte gegenüber der Zeitung Karl Brenner.", ("Karl Brenner", None)),
    ],
)
def test_the_listener_after_the_verb_is_not_the_speaker(paragraph: str, speaker: tuple[str | None, str | None]) -> None:
    assert _speaker(paragraph) == speaker


def test_a_name_before_the_listener_still_speaks() -> None:
    assert _speaker("„Die Lage ist ernst“, sagte Karl Brenner dem Sender.") == ("Karl Brenner", None)
