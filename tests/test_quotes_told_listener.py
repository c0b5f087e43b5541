"""The one told ("…, told AFP") is never read as an inverted speaker the way ", said Li Bin" is. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes([Block(text=text)], "en")]


def test_the_listener_after_told_is_no_speaker() -> None:
    text = "“Nobody expected this,” one official, speaking on condition of anonymity, told AFP."
    assert "AFP" not in _speakers(text)


def test_an_inverted_said_still_names_its_speaker() -> None:
    assert _speakers("The deal is off, said Li Bin, general manager of the firm.") == ["Li Bin"]
