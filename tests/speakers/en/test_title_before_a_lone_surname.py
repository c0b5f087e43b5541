"""A title before a lone surname ("Chief Ogbonna", "Alhaji Bello", "Pastor Adeyemi", "Sgt. Walsh") names a person a
later he or she may stand for, as "Mr Dube" does: before, only Mr/Mrs/Ms made a lone surname a person, and the
quote after "Chief Ogbonna welcomed the visitors." had no speaker. A title that tells a sex ("Alhaji", "Hajia")
tells the surname's. A title's, a body's or a place's word after it ("Chief Executive", "Justice Department") is
no surname. Session 63. Made-up paragraphs in the shape of Nigerian, Kenyan, Irish and UK regional pages."""

from __future__ import annotations

import pytest

from tests.quote_helpers import said, said_in_en


@pytest.mark.parametrize(
    ("title", "surname", "pronoun"),
    [
        ("Chief", "Obiora", "he"),
        ("Alhaji", "Danmusa", "he"),
        ("Pastor", "Adewale", "he"),
        ("Sgt.", "Breslin", "he"),
        ("Hajia", "Garba", "she"),
        ("Bishop", "Okolie", "he"),
    ],
)
def test_pronoun_after_a_titled_surname(title: str, surname: str, pronoun: str) -> None:
    text = f'{title} {surname} welcomed the visitors on Monday. "We are glad you came," {pronoun} said.'
    assert said(text, "en") == [(surname, None)]


def test_across_paragraphs() -> None:
    assert said_in_en("Dr Okonjo examined the boy at the clinic.", '"He was badly dehydrated," she said.') == [
        ("Okonjo", None)
    ]


def test_sex_told_by_the_title() -> None:
    text = 'Alhaji Danmusa met the traders on Monday. "The market will reopen," she said.'
    assert said(text, "en") == [(None, None)]


@pytest.mark.parametrize(
    "opening", ["The Chief Executive opened the plant.", "The Justice Department filed the suit."]
)
def test_no_surname_after_the_title(opening: str) -> None:
    assert said(f'{opening} "This is a great day," he said.', "en") == [(None, None)]
