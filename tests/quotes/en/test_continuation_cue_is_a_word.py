"""Pieces of one utterance are joined when the cue between them is the cue word itself: "says" inside "essays",
"said" inside "unsaid" names no speaker again and stands for no cue clause."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def continues(*paragraphs: str) -> list[tuple[str, int | None]]:
    quotes = find_quotes([Block(text=paragraph) for paragraph in paragraphs], "en")
    return [(quote.text, quote.continues) for quote in quotes]


def test_next_paragraph_goes_on_though_a_word_holds_the_cue() -> None:
    pieces = continues(
        "“We will open the library in May,” Tom Reyes says. “The shelves are built and the books are here.",
        "“Our essays on the library are public and anyone can borrow them.”",
    )
    assert pieces[-1] == ("Our essays on the library are public and anyone can borrow them.", 1)


def test_a_word_holding_the_cue_is_no_cue_clause_between_fragments() -> None:
    pieces = continues(
        "Tom Reyes said the board “will open the library” and then left much unsaid in the talk about “the new fees”."
    )
    assert pieces[-1] == ("the new fees", None)  # seven words of narration part the fragments, as without "unsaid"
