"""A courtesy title between an office's complement and the holder's name ("Minister of State for Health Dr Jane
Doe") leaves the whole office in the role, the title at its end, as "Health Minister Dr Jane Doe" does (the
convention in docs/quotes.md, "English speakers that are names"). Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import said


def test_an_office_with_two_complements_then_a_courtesy_title_before_the_cue() -> None:
    text = "Minister of State for Health Dr Jane Doe said: “Clinics will open on Sunday.”"
    assert said(text, "en") == [("Jane Doe", "Minister of State for Health Dr")]


def test_an_office_with_its_complement_then_a_courtesy_title_after_the_quote() -> None:
    text = "“Clinics will open on Sunday,” Minister of Health Dr Kwaku Mensah said."
    assert said(text, "en") == [("Kwaku Mensah", "Minister of Health Dr")]


def test_an_office_before_its_complement_then_a_courtesy_title() -> None:
    text = "“Clinics will open on Sunday,” Health Minister Dr Kwaku Mensah said."
    assert said(text, "en") == [("Kwaku Mensah", "Health Minister Dr")]
