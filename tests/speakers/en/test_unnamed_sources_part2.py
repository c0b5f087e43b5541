"""An inverted speaker opened by a number or a quantifier and a capitalised word ("said one Pentagon
official", "said several Democratic senators") is an unnamed source, never a name ("one Pentagon"); also when
the noun closes the sentence. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_one_and_another_before_a_capitalised_word_and_a_noun() -> None:
    assert said('"The depot was empty," said one Pentagon official.', "en") == [(None, "one Pentagon official")]
    assert said('"The depot was empty," said another Pentagon official.', "en") == [
        (None, "another Pentagon official")
    ]


def test_a_plural_noun_that_ends_the_sentence() -> None:
    assert said('"The depot was empty," said two Pentagon officials.', "en") == [(None, "two Pentagon officials")]
    assert said('"The vote was rigged," said several Democratic senators.', "en") == [
        (None, "several Democratic senators")
    ]


def test_an_article_before_a_capitalised_word_and_a_noun_that_ends_the_sentence() -> None:
    assert said('"The depot was empty," said a German trucker.', "en") == [(None, "a German trucker")]
