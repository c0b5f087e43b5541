"""An owner and two lower-case words before a role noun and a name ("Korea's chief trade negotiator Ann Lee
said") are all the role: not the head noun alone. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None) for q in find_quotes([Block(text=text)], "en")
    ]


def test_owner_adjective_noun_before_diplomat() -> None:
    text = "“The talks were useful,” Peru's senior trade diplomat Ana Quispe said."
    assert _speakers(text) == [("Ana Quispe", "Peru's senior trade diplomat")]


def test_owner_adjective_noun_before_secretary() -> None:
    text = "“The budget will pass,” Kenya's deputy cabinet secretary Joseph Mwangi said."
    assert _speakers(text) == [("Joseph Mwangi", "Kenya's deputy cabinet secretary")]
