"""English unnamed sources against surnames: plurals, counted people, names ending like plurals.

A capitalised plural of a source noun opening the sentence ("Attorneys for the mayor … said") is an
unnamed source, never a name. Made-up sentences only.

An inverted speaker opened by a number or a quantifier and a capitalised word ("said one Pentagon
official", "said several Democratic senators") is an unnamed source, never a name ("one Pentagon"); also when
the noun closes the sentence. Made-up sentences only.

A lone capitalised subject ending like a plural noun ("Sanders", "Rogers") is a surname, not an unnamed
group like "Teachers", when the text shows it as one person's name: after a given name (even inside "a Bernie
Sanders rally") or before a singular reflexive ("Sanders compared himself"). Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said, speakers_in


def test_attorneys_for_someone_are_unnamed() -> None:
    text = "Attorneys for the mayor appeared to oppose the effort, saying the account “has never been the city’s.”"
    assert {name for name, _ in said(text, "en")} == {None}


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


def test_a_reflexive_shows_one_person() -> None:
    assert speakers_in(
        "At the debate, Waters compared himself to the governor.",
        '"I do not take speaking fees," Waters said.',
        language="en",
    ) == ["Waters"]


def test_a_given_name_before_it_shows_one_person() -> None:
    assert speakers_in(
        "The actress spoke at a Maxine Waters rally in June.",
        '"We are not done," Waters said.',
        language="en",
    ) == ["Waters"]
