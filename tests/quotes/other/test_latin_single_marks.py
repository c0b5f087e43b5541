"""Single quote marks of German (‚…‘) and of French and Swiss papers (‹…›) open a quote like the double ones:
the quote is direct and its text is without the marks. Made-up sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(language: str, text: str) -> list[tuple[str, str, str | None]]:
    found = find_quotes([Block(text=text)], language)
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found]


def test_german_low_single_marks_open_a_direct_quote() -> None:
    assert _quotes("de", "‚Wir sind für den Winter bereit‘, sagte Tom Berg.") == [
        ("direct", "Wir sind für den Winter bereit", "Tom Berg")
    ]
    # nested in a double quote, they stay inside it
    assert _quotes("de", "„Er rief ‚Hilfe‘ und lief dann weg“, sagte Tom Berg.") == [
        ("direct", "Er rief ‚Hilfe‘ und lief dann weg", "Tom Berg")
    ]


def test_single_guillemets_open_a_direct_quote() -> None:
    assert _quotes("fr", "‹ Je suis très fier de mon équipe ›, a dit Luc Petit.") == [
        ("direct", "Je suis très fier de mon équipe", "Luc Petit")
    ]
    assert _quotes("fr", "Luc Petit a dit : ‹Je suis très fier de mon équipe.›") == [
        ("direct", "Je suis très fier de mon équipe.", "Luc Petit")
    ]
