"""English reported speech (helper attr28): shapes PolNeAR's attributions showed cqnews missing, each
written as a made-up sentence."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def _indirect(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of every indirect quote of the made-up paragraphs, in order."""
    found = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind is QuoteKind.INDIRECT]


def test_suggested_reports_a_clause_without_that() -> None:
    """ "suggested" + a subject and a modal: the proposal is reported, as "suggested that" is."""
    assert _indirect("Mayor Ines Varga suggested the town should close the old ferry pier.") == [
        ("the town should close the old ferry pier", "Ines Varga")
    ]

