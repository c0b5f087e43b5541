"""A title with its "of" phrase before a name ("Secretary of State Antony Blinken", "President of Ukraine
Volodymyr Zelensky", "the Minister of Health, Anna Berg"): the person is the name, the whole title the role.
Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_inverted_cue_before_a_title_with_of() -> None:
    assert said('"The talks were useful," said Secretary of State Tom Hale.', "en") == [
        ("Tom Hale", "Secretary of State")
    ]
    assert said('"The talks were useful," said Minister of Health Anna Berg.', "en") == [
        ("Anna Berg", "Minister of Health")
    ]


def test_a_place_after_of_belongs_to_the_title() -> None:
    assert said('"The talks were useful," said President of Ruritania Otto Brandt.', "en") == [
        ("Otto Brandt", "President of Ruritania")
    ]


def test_a_title_with_of_before_the_cue_is_the_whole_role() -> None:
    assert said('Secretary of State Tom Hale said the talks were useful.', "en") == [("Tom Hale", "Secretary of State")]


def test_a_capitalised_title_with_of_then_the_name_after_a_comma() -> None:
    assert said('"The talks were useful," said the Minister of Health, Anna Berg.', "en") == [
        ("Anna Berg", "the Minister of Health")
    ]


def test_the_name_after_a_long_complement_of_the_title_is_its_last_two_words() -> None:
    assert said("The union will sit out the vote, said Director of Government Affairs Jo Brandt.", "en") == [
        ("Jo Brandt", "Director of Government Affairs")
    ]
    # (two words after the title's "of" are its complement, no name: the person is the one before)
    assert said('"The damage is done," said Tom Hale, president of Judicial Watch.', "en") == [
        ("Tom Hale", "president of Judicial Watch")
    ]
