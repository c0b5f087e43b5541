"""Dutch papers quote with straight single marks and put the comma outside them ("'…', zegt Jansen"): the mark
before the comma and the verb of saying closes the quote, which does not run on over the cue. Made-up
sentences only."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    found = find_quotes([Block(text=text)], "nl")
    return [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in found]


def test_a_straight_mark_before_a_comma_and_a_dutch_cue_closes_the_quote() -> None:
    assert _quotes("'We hebben het hele seizoen hard gewerkt', zegt trainer Piet Jansen.") == [
        ("direct", "We hebben het hele seizoen hard gewerkt", "Piet Jansen")
    ]
    assert _quotes("'Dit is een mooie dag voor de stad', zei Jan de Vries.") == [
        ("direct", "Dit is een mooie dag voor de stad", "Jan de Vries")
    ]


def test_an_apostrophe_inside_a_word_closes_nothing() -> None:
    # "auto's": the mark inside the word is no closer; the quoted phrase is the one direct quote
    found = _quotes("Ze kochten twee auto's, zei Jan de Vries, en daarna 'een nieuwe fiets', zegt de buurman.")
    assert [text for kind, text, _ in found if kind == "direct"] == ["een nieuwe fiets"]
