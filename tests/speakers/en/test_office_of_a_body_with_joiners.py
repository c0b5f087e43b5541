"""A body's name with "of" and "and" inside, then a lower-case office noun, then a name ("Ministry of Ecology
and Environment spokesperson Pei Xiaofei"): the person is the name, the role the body's whole name and the
office. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_inverted_cue_before_a_body_office_and_name() -> None:
    assert said('"The river is cleaner now," said Ministry of Water and Forests spokesperson Han Lulu.', "en") == [
        ("Han Lulu", "Ministry of Water and Forests spokesperson")
    ]


def test_a_body_office_and_name_before_the_cue() -> None:
    assert said('Ministry of Water and Forests spokesperson Han Lulu said: "The river is cleaner now."', "en") == [
        ("Han Lulu", "Ministry of Water and Forests spokesperson")
    ]


def test_a_capitalised_title_after_a_body_with_of_still_holds() -> None:
    assert said('"Rates will stay put," said Bank of England Governor Tom Hale.', "en") == [
        ("Tom Hale", "Bank of England Governor")
    ]
    assert said('Bank of England Governor Tom Hale said: "Rates will stay put."', "en") == [
        ("Tom Hale", "Bank of England Governor")
    ]
