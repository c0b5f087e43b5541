"""In plain text, a short paragraph that ends its quote in a straight single mark after the sentence's stop
("Senator Ruth Alder said: 'I have not decided.'") is a paragraph, not a heading, so its quote is read; a short line
with no sentence end stays a heading. Made-up text only."""

from __future__ import annotations

import cqnews
from cqnews.models import BlockKind

_PROSE = (
    "The hall in Eastfield was full an hour before the meeting began, and more chairs were brought in from the "
    "school next door as the crowd kept growing."
)


def test_short_line_ending_in_a_straight_single_quote_is_read() -> None:
    line = "Senator Ruth Alder said: 'I have not decided.'"
    article = cqnews.parse(f"{_PROSE}\n\n{line}\n\n{_PROSE}")
    assert article.body[1].kind is BlockKind.PARAGRAPH
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("I have not decided.", "Ruth Alder")
    ]


def test_short_line_without_a_sentence_end_stays_a_heading() -> None:
    article = cqnews.parse(f"{_PROSE}\n\nWhat the senator said next\n\n{_PROSE}")
    assert article.body[1].kind is BlockKind.HEADING
