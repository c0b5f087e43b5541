"""English party labels around a speaker's name: the label is the role, the name the person's.

English speakers with a bracketed label after the name, and pull quotes left out of the body.

Made-up sentences, one shape each (issue 11, sections 1 and 3).

A party label written before a name like a title ("House Republican Thomas Massie", "ranking
Democrat Elijah Cummings (D-Md.)") belongs to the role; the name is the person's own. Made-up
sentences only.
"""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.extract.blocks import clean_blocks
from cqnews.models import Block, BlockKind
from tests.quote_helpers import said


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes([Block(text=p) for p in paragraphs], "en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def test_party_and_state_label_is_not_part_of_the_speaker() -> None:
    assert _speakers("Sen. Tom Jones (D-Calif.) said the bill would fail.") == [
        ("the bill would fail", "Tom Jones")
    ]


def test_party_letter_before_an_appositive() -> None:
    got = _speakers(
        "State Rep. Wendy Nanney (R), a leader of the coalition, suggested that the plan was weak. "
        "“Voters are busy,” she said."
    )
    assert [name for _, name in got] == ["Wendy Nanney", "Wendy Nanney"]


def test_age_in_brackets_is_not_part_of_the_speaker() -> None:
    assert _speakers("“We are leaving,” said Ann Marsh (64).")[0][1] == "Ann Marsh"


def test_acronym_in_brackets_after_an_organisation() -> None:
    assert _speakers("The Office of Budget Control (OBC) said the plan was late.") == [
        ("the plan was late", "The Office of Budget Control")
    ]


def test_pull_quote_repeating_a_paragraph_is_left_out() -> None:
    result = clean_blocks(
        [
            (BlockKind.PARAGRAPH, "The vote came late on Tuesday after a long debate in the chamber."),
            (BlockKind.BLOCKQUOTE, "“They cannot control the anger they feel about it.”"),
            (BlockKind.PARAGRAPH, "“They cannot control the anger they feel about it,” Lee said of the members."),
        ]
    )
    assert [b.kind for b in result.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert len(result.sources) == 2


def test_block_quote_said_once_stays() -> None:
    result = clean_blocks(
        [
            (BlockKind.PARAGRAPH, "The minister wrote to the council on Monday."),
            (BlockKind.BLOCKQUOTE, "“We will open the bridge before the winter comes.”"),
        ]
    )
    assert [b.kind for b in result.blocks] == [BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE]


def test_capitalised_word_after_indefinite_article_is_no_name() -> None:
    got = _speakers("“We are ready,” tweeted a German user from a small town.")
    assert got == [("We are ready,", None)]


def test_words_after_an_opening_quote_mark_are_no_subject() -> None:
    got = _speakers("Mara Quill defended “Lake Town values,” saying the town stood for hard work.")
    assert ("the town stood for hard work", "Mara Quill") in got


def test_lower_case_role_before_a_full_name_after_the_cue() -> None:
    got = _speakers("“We will see,” said retired surgeon Ann Marsh.")
    assert got == [("We will see,", "Ann Marsh")]


def test_contraction_is_no_name() -> None:
    got = _speakers("“We need coal,” I'm told by the miners.")
    assert all(name != "I'm" for _, name in got)


def test_quote_paragraph_after_a_colon_paragraph() -> None:
    got = _speakers(
        "Senator Ann Marsh answered the critics:",
        "“You look at the questions and you wonder what they were thinking.”",
        "“And the second part is worse.”",
    )
    assert [name for _, name in got] == ["Ann Marsh", "Ann Marsh"]


def test_capitalised_qualifier_before_role_and_name_opens_the_subject() -> None:
    got = _speakers("Republican presidential nominee Tom Reyes issued this statement: “We stand with them.”")
    assert got == [("We stand with them.", "Tom Reyes")]


def test_verb_before_a_name_is_no_role() -> None:
    got = _speakers("Canadian officials met Tom Reyes on Monday, saying the talks went well.")
    assert all(name != "Tom Reyes" for _, name in got)


def test_a_chamber_and_party_before_the_name() -> None:
    assert said("“We will win,” said House Republican Thomas Massie.", "en") == [("Thomas Massie", "House Republican")]


def test_a_party_label_and_a_party_tag_after_an_inverted_cue() -> None:
    assert said("“We will win this fight,” said ranking Democrat Elijah Cummings (D-Md.).", "en") == [
        ("Elijah Cummings", "ranking Democrat")
    ]


def test_a_committee_role_and_a_party_tag() -> None:
    assert said("“We will win this fight,” said Oversight Committee chairman Tom Reed (R-Ohio).", "en") == [
        ("Tom Reed", "Oversight Committee chairman")
    ]
