"""A paragraph whose first sentence holds many quotes each closed by "sagte er" read the paragraph before it for
the person the pronoun stands for once per quote: a 40 KB paragraph before and 2,000 such quotes took 4 s
(cut short by the time budget), against 2 s when the pronoun's person was not looked for there. The paragraph
before is read once per paragraph now. Made-up sentences only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cqnews.enrich.quotes import find_quotes, latin_names
from cqnews.models import Block

_BEFORE = "Bürgermeister Klaus Wendt besuchte am Montag die Baustelle am Hafen." + " Die Arbeiten gehen weiter." * 40
_QUOTES = "„Wir liegen gut im Zeitplan“, sagte er, " * 50 + "und ging."


def test_the_paragraph_before_is_read_once_for_all_its_pronouns(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    people_in: Callable[..., Any] = latin_names.people_in

    def counted(table: Any, text: str, spans: Any) -> Any:
        reads.append(text)
        return people_in(table, text, spans)

    monkeypatch.setattr(latin_names, "people_in", counted)
    quotes = find_quotes([Block(text=_BEFORE), Block(text=_QUOTES)], "de")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Klaus Wendt"] * 50
    assert reads.count(_BEFORE) <= 2  # (once as its own block's prose, once as the block before the quotes)
