"""English speakers (session 30): made-up sentences, one shape each."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _direct_speakers(text: str) -> list[str | None]:
    quotes = find_quotes([Block(text=text)], "en")
    return [q.speaker.name if q.speaker else None for q in quotes if q.kind is QuoteKind.DIRECT]


def test_conjunction_before_subject_with_participle_apposition() -> None:
    # "But X, noting …, said": the conjunction leads the clause; the name after it is the subject.
    text = 'But Sen. Ruth Bellamy, noting the size of the crowd, said, "Let me tell you, she has a long list."'
    assert _direct_speakers(text) == ["Ruth Bellamy"]


def test_conjunction_before_subject_with_party_tag() -> None:
    text = 'And Rep. Omar Trell (D-Ore.), pointing to the polls, said, "We are going to win this seat."'
    assert _direct_speakers(text) == ["Omar Trell"]
