"""A quote after a paragraph ending in a colon is that paragraph's subject's (English).

A quote paragraph introduced by a paragraph ending in a colon is that paragraph's subject's, also when
the paragraph holds dashes or curly apostrophes (it is Latin script all the same). Made-up sentences.

A ``<blockquote>`` after a paragraph ending in a colon that names its author is that author's quote.
Made-up pages and sentences; each expected speaker is read off the lead paragraph.
"""

from __future__ import annotations

import cqnews
from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block, BlockKind


def test_a_colon_lead_with_a_dash_and_a_curly_apostrophe() -> None:
    quotes = find_quotes(
        [
            Block(text="When the hosts turned to snark—and it’s tempting, we know—Ann Vole called them on it:"),
            Block(text="“The questions asked tonight show why people distrust the media. Everyone at home knows it.”"),
        ],
        "en",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Vole"]


def test_a_question_before_the_colon_clause_ends_its_sentence() -> None:
    quotes = find_quotes(
        [
            Block(text="Do we know how tempting snark can be? Ann Vole took them on:"),
            Block(text="“The questions asked tonight show why people distrust the media. Everyone at home knows it.”"),
        ],
        "en",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ann Vole"]


_LETTER = "This bridge has become a monument to waste, and the people of this city deserve answers first."


_STATEMENT = "We remain committed to finishing the work and we will publish a full timetable next month."


def test_a_blockquote_after_name_wrote_is_a_direct_quote() -> None:
    html = (
        "<html lang='en'><head><title>Bridge row deepens</title></head><body><article><h1>Bridge row deepens</h1>"
        "<p>The project entered its fourth year behind schedule on Tuesday, and the row over its cost grew.</p>"
        f"<p>Opposition leader Tom Smith wrote:</p><blockquote><p>{_LETTER}</p></blockquote>"
        f"<p>Maria Lopez said in a statement:</p><blockquote>{_STATEMENT}</blockquote>"
        # nothing names whose words these are: no quote
        "<p>Here is the text of the motion:</p><blockquote>The council shall publish its accounts.</blockquote>"
        "<p>See tweets:</p><blockquote>Council meets at noon today to debate the bridge motion.</blockquote>"
        "</article></body></html>"
    )
    quotes = cqnews.parse(html, url="https://news.example.org/bridge-row").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        (_LETTER, "Tom Smith"),
        (_STATEMENT, "Maria Lopez"),
    ]


def test_a_quotation_of_two_blocks_is_all_the_authors() -> None:
    blocks = [
        Block(text="Smith wrote:"),
        Block(kind=BlockKind.BLOCKQUOTE, text=_LETTER),
        Block(kind=BlockKind.BLOCKQUOTE, text=_STATEMENT),
    ]
    assert [(q.block, q.speaker.name if q.speaker else None) for q in find_quotes(blocks, "en")] == [
        (1, "Smith"),
        (2, "Smith"),
    ]


def test_the_subject_of_the_last_clause_before_the_colon_speaks() -> None:
    # ", and Harbor News responded:": the body that responds speaks, not the subject opening the sentence
    quotes = find_quotes(
        [
            Block(text="The Daily Ledger published the letter against the union in February, and Harbor News responded:"),
            Block(text="“If some people are a danger, the answer is not to punish everyone else.”"),
        ],
        "en",
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Harbor News"]
