"""German Konjunktiv in a clause opened by "als ob", "ohne dass" (an unreal comparison, a thing that does not
happen) is no reported speech, unlike a main clause in Konjunktiv I. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, text) of each quote."""
    return [(q.kind.value, q.text) for q in find_quotes([Block(text=p) for p in paragraphs], "de")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Bahnhof wirkt es oft, als ob die Stadt keinen Plan für den Umbau habe.",
        "Das Geld fließt direkt von Konto zu Konto, ohne dass eine Bank dazwischen stehe.",
    ],
)
def test_an_unreal_clause_reports_nothing(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_main_clause_in_konjunktiv_still_reports() -> None:
    assert _read("Für die Anwohner bestehe keine Gefahr.") == [("indirect", "Für die Anwohner bestehe keine Gefahr")]
