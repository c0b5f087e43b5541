"""German "hieß es" / "heißt es": an impersonal cue with no subject of its own, whose source is the body (or the
person named in full) after "aus" or "von" in its clause. Made-up sentences only."""

from __future__ import annotations

import pytest

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _read(*paragraphs: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, cue) of each quote."""
    quotes = find_quotes([Block(text=p) for p in paragraphs], "de")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Aus dem Gesundheitsministerium hieß es, man werde den Vorfall genau prüfen.",
            ("indirect", "man werde den Vorfall genau prüfen", "Gesundheitsministerium", "hieß es"),
        ),
        (
            "Die Brücke bleibe bis zum Sommer gesperrt, hieß es aus dem Verkehrsministerium.",
            ("indirect", "Die Brücke bleibe bis zum Sommer gesperrt", "Verkehrsministerium", "hieß es"),
        ),
        (
            "„Wir prüfen den Fall genau“, heißt es von Sprecherin Lena Vogt.",
            ("direct", "Wir prüfen den Fall genau", "Lena Vogt", "heißt es"),
        ),
    ],
)
def test_the_source_after_aus_or_von_speaks(paragraph: str, expected: tuple[str, str, str, str]) -> None:
    assert _read(paragraph) == [expected]


def test_a_place_opening_the_clause_is_no_speaker() -> None:
    # "Aus Berlin" says where the words came from, not who said them: the quote is read, with no speaker
    found = _read("Aus Berlin hieß es: „Wir prüfen den Fall genau.“")
    assert [speaker for _, _, speaker, _ in found] == [None]
