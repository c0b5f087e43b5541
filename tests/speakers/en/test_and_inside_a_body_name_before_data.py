"""A capitalised body's name with "and" inside it before a data noun ("According to Health and Safety Executive
figures", "Marks and Spencer data") is one body, whose data it is: not the word before "and". Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported_by


def test_executive_name_with_and_before_figures() -> None:
    assert reported_by("According to Road and Rail Executive figures, 40 crossings were closed last year.", "en") == [
        ("Road and Rail Executive", "40 crossings were closed last year")
    ]


def test_two_word_firm_name_with_and_before_data() -> None:
    assert reported_by("According to Harper and Lowe data, orders fell by a tenth in May.", "en") == [
        ("Harper and Lowe", "orders fell by a tenth in May")
    ]
