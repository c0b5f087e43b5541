"""English words at a clause's start that never speak: a title in straight quote marks, an owner
before a possessive, an introductory phrase before the subject of a colon clause."""

from __future__ import annotations

from cqnews.enrich.speakers.openers import owner_only, quoted_title, skip_introduction
from cqnews.enrich.speakers.token_reader import tokens
from tests.quote_helpers import direct_said as _direct


def test_a_show_title_in_straight_quotes_is_no_speaker() -> None:
    text = (
        '"The mayor would be the best choice," Tom Ruiz said on the show "Evening Talk," adding, '
        '"Her problem is that she never listens."'
    )
    assert [speaker for _, speaker in _direct(text)] == ["Tom Ruiz", "Tom Ruiz"]


def test_an_owner_before_a_possessive_is_no_speaker() -> None:
    text = "Jane Roe, New Mexico’s sitting governor, repeated her charges, calling the plan a “costly mistake.”"
    assert _direct(text) == [("costly mistake.", "Jane Roe")]


def test_an_introductory_phrase_before_a_colon_clause_holds_no_speaker() -> None:
    text = "In a Radio Nine interview later that day, Jane Roe went even further: “This is the end of his career.”"
    assert _direct(text) == [("This is the end of his career.", "Jane Roe")]


def test_a_paragraph_opening_straight_quote_is_no_title() -> None:
    # Paragraphs quoted from another outlet open with a straight mark: the name after it still speaks.
    toks = tokens('"Pastor Tom Ruiz defended', 0, 25)
    assert not quoted_title('"Pastor Tom Ruiz defended', toks, 1)
    text = 'the host of "Evening Talk'
    assert quoted_title(text, tokens(text, 0, len(text)), 4)


def test_owner_only_needs_a_lower_case_word_after_the_possessive() -> None:
    text = "New Mexico’s governor"
    assert owner_only(tokens(text, 0, len(text)), 0)
    text = "Jane Roe’s Office said"  # a capitalised word after: a name of its own, not an owner alone
    assert not owner_only(tokens(text, 0, len(text)), 0)


def test_skip_introduction_only_after_a_preposition_or_participle() -> None:
    text = "During the debate on Monday, Roe went on"
    toks = tokens(text, 0, len(text))
    assert toks[skip_introduction(toks, 0)].text == "Roe"
    text = "Roe, a teacher, went on"
    toks = tokens(text, 0, len(text))
    assert skip_introduction(toks, 0) == 0


def test_a_quantifier_opening_the_sentence_is_no_name() -> None:
    # "Another" (another user) is capitalised as the sentence's first word, not as a name.
    text = "Another reportedly said: “Bird flu is coming back this winter, and the plague after it.”"
    assert _direct("One user posted a long message about the outbreak.", text) == [
        ("Bird flu is coming back this winter, and the plague after it.", None)
    ]
