"""Pages mix curly and straight marks: a straight mark right after a “ quote's own punctuation and before a space
closes it (“We won," she said. "It …”), so the cue between the two pieces is read; a straight quote nested inside
a curly one (“He told me "go home." I left,”) stays inside it. Made-up sentences."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes([Block(text=text)], "en")]


def test_a_straight_mark_after_the_comma_closes_a_curly_quote() -> None:
    assert _quotes("“I heard parts of the speech,\" Dana Ortiz said. \"She wants to give it all away, folks.”") == [
        ("I heard parts of the speech,", "Dana Ortiz"),
        ("She wants to give it all away, folks.", "Dana Ortiz"),
    ]


def test_a_nested_straight_quote_stays_inside() -> None:
    assert _quotes("“He told me \"go home.\" I left at once,” Dana Ortiz said.") == [
        ("He told me \"go home.\" I left at once,", "Dana Ortiz")
    ]
