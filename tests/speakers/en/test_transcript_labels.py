"""Who speaks in a transcript quoted line by line: a label in capitals opening the quote (made-up sentences)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, QuoteKind


def test_transcript_label_in_capitals_names_the_speaker() -> None:
    # A debate transcript quoted line by line: the label in capitals is the speaker, not part of the words.
    quotes = find_quotes(
        [
            Block(text="Dana Whitfield, the moderator, pressed Senator Paul Okafor on the budget at the debate."),
            Block(text='"WHITFIELD: Senator, will you cut the program or not?"'),
            Block(text='"OKAFOR: We will keep the program. We will pay for it by closing loopholes."'),
        ],
        "en",
    )
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in direct] == [
        ("Senator, will you cut the program or not?", "Dana Whitfield"),
        ("We will keep the program. We will pay for it by closing loopholes.", "Paul Okafor"),
    ]


def test_label_in_capitals_naming_nobody_is_left_alone() -> None:
    # "UPDATE" names no person of the article: the quote keeps its words and gets no speaker from the label.
    quotes = find_quotes(
        [
            Block(text="Mayor Ann Roe spoke to the council on Monday."),
            Block(text='"UPDATE: The council will vote again on Monday, and the vote is expected to pass easily."'),
        ],
        "en",
    )
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert [q.text for q in direct] == [
        "UPDATE: The council will vote again on Monday, and the vote is expected to pass easily."
    ]
    assert all(q.mention != "UPDATE" for q in direct)
