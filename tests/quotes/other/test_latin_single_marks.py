"""Single quote marks of German (‚…‘) and of French and Swiss papers (‹…›) open a quote like the double ones:
the quote is direct and its text is without the marks. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import quotes_in


def test_german_low_single_marks_open_a_direct_quote() -> None:
    assert quotes_in("de", "‚Wir sind für den Winter bereit‘, sagte Tom Berg.") == [
        ("direct", "Wir sind für den Winter bereit", "Tom Berg")
    ]
    # nested in a double quote, they stay inside it
    assert quotes_in("de", "„Er rief ‚Hilfe‘ und lief dann weg“, sagte Tom Berg.") == [
        ("direct", "Er rief ‚Hilfe‘ und lief dann weg", "Tom Berg")
    ]


def test_single_guillemets_open_a_direct_quote() -> None:
    assert quotes_in("fr", "‹ Je suis très fier de mon équipe ›, a dit Luc Petit.") == [
        ("direct", "Je suis très fier de mon équipe", "Luc Petit")
    ]
    assert quotes_in("fr", "Luc Petit a dit : ‹Je suis très fier de mon équipe.›") == [
        ("direct", "Je suis très fier de mon équipe.", "Luc Petit")
    ]
