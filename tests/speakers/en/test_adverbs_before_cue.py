"""English words between a subject and its cue: adverbs without -ly, nouns with it.

Nouns ending in -ly ("family", "ally", "reply") are no adverbs: they stay in the subject before a
cue and count as the word after a name before a colon. Sentences are made up.

Adverbs of frequency that do not end in -ly ("sometimes", "seldom", "afterwards") stand between a
subject and its cue like "often" does. Sentences are made up.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def _found(*texts: str) -> list[tuple[str, str, str | None]]:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=t) for t in texts]
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")]


def _speaker(text: str) -> tuple[str | None, str | None]:
    q = find_quotes([Block(kind=BlockKind.PARAGRAPH, text=text)], "en")[0]
    assert q.speaker is not None
    return q.speaker.name, q.speaker.role


def test_the_family_is_the_speaker_not_the_name_before_it() -> None:
    assert _speaker("The Vint family said the depot was too small.") == ("The Vint family", None)


def test_an_ally_is_no_named_person() -> None:
    assert _speaker("A Hale ally said the depot was too small.") == (None, "A Hale ally")


def test_a_reply_before_a_colon() -> None:
    assert _found("Tom Hale opened the meeting.", "Vint's reply was short: “No, we are not leaving the town.”") == [
        ("direct", "No, we are not leaving the town.", "Vint")
    ]


def test_has_sometimes_said() -> None:
    assert _found("Rosa Vint has sometimes said the depot was too small.") == [
        ("indirect", "the depot was too small", "Rosa Vint")
    ]


def test_afterwards_said() -> None:
    assert _found("Tom Hale afterwards said the vote was fair.") == [("indirect", "the vote was fair", "Tom Hale")]
