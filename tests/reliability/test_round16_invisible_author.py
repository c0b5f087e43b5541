"""Format characters that show nothing are left out of the metadata's author names (sixteenth reliability round).

The quote reading leaves them out of a speaker's name (round 10), but a JSON-LD or ``<meta name=author>`` name kept
them: ``"Ruth O\\u202ekafor"`` (a right-to-left override that reverses the rest of the line where it is shown),
``"Ruth O\\u00adkafor"``, ``"Ruth O\\u200dkafor"`` did not equal ``"Ruth Okafor"``. A zero-width non-joiner inside a
Persian name spells it and stays.
"""

from __future__ import annotations

import pytest

import cqnews

_PAGE = (
    "<html><head><title>Pier plan</title>{head}</head><body><article><h1>Pier plan</h1>"
    "<p>The council met on Tuesday to discuss the old pier, which has been closed to walkers for years.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u2069", "\u200e", "\u00ad", "\u200d", "\u200c", "\u2061"])
def test_json_ld_author_without_format_chars(char: str) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
        f'"name": "Ruth O{char}kafor"}}}}</script>'
    )
    assert cqnews.parse(_PAGE.format(head=head)).authors == ["Ruth Okafor"]


def test_meta_author_without_bidi_isolates() -> None:
    head = '<meta name="author" content="\u2067Ruth Okafor\u2069">'
    assert cqnews.parse(_PAGE.format(head=head)).authors == ["Ruth Okafor"]


def test_persian_name_keeps_its_joiner() -> None:
    name = "\u0645\u062d\u0645\u062f\u200c\u0631\u0636\u0627 \u06a9\u0631\u06cc\u0645\u06cc"  # (ZWNJ after Arabic letters)
    head = f'<meta name="author" content="{name}">'
    assert cqnews.parse(_PAGE.format(head=head)).authors == [name]
