"""The apostrophe opening a Sesotho woman's name ('Matšosane, 'Mamello) is no quote mark: a straight or curly mark
before "Ma…", a capitalised surname after it and then a comma, a colon or a cue word, with no quote it would open
closing before another mark opens. A quote opening with an English word or name stays a quote. Made-up sentences
in the shape of Lesotho and South African papers."""

from __future__ import annotations

from tests.quote_helpers import said, texts_in


def test_a_name_with_an_apostrophe_set_off_before_the_cue_is_no_quote() -> None:
    assert said("'Matšosane Tšosane, his mother, said he had been a quiet boy.", "en") == [
        ("Matšosane Tšosane", "his mother")
    ]


def test_the_name_mark_does_not_pair_with_the_closing_mark_of_the_quote_after_the_colon() -> None:
    text = "'Mamello Mokoena said: 'He never fought anyone.'"
    assert texts_in(text, language="en") == ["He never fought anyone."]
    assert said(text, "en") == [("Mamello Mokoena", None)]


def test_a_curly_mark_before_the_name_too() -> None:
    assert said("‘Mathabo Nkuebe, a teacher, said: ‘The school has had no water since June.’", "en") == [
        ("Mathabo Nkuebe", "a teacher")
    ]


def test_quotes_opening_with_an_english_word_or_name_stay_quotes() -> None:
    assert texts_in("'Manchester United, they never learn,' he said.", language="en") == [
        "Manchester United, they never learn,"
    ]
    assert texts_in("'Maria Lopez said I could stay,' she told the court.", language="en") == [
        "Maria Lopez said I could stay,"
    ]
    assert texts_in("'Mamello Mokoena, my mother, raised us alone,' said Tumelo.", language="en") == [
        "Mamello Mokoena, my mother, raised us alone,"
    ]
