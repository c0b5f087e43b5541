"""An apposition after a name ends with its sentence also when a capitalised word ends the sentence ("Ann Roe, the
head of a bakery in Leeds. Ben Hill, a cook, …"), unless the word is an abbreviation ("Gov. Tom Hale", "St.",
"Jan.") or an initial ("Franklin D. Roosevelt")."""

from __future__ import annotations

from cqnews.enrich.speakers.phrases import appositive_after


def _role(text: str, after: str) -> str | None:
    return appositive_after(text, text.index(after))


def test_a_sentence_that_ends_in_a_place_ends_the_apposition() -> None:
    text = "Ann Roe, the head of a bakery in Leeds. Ben Hill, a cook, said it was late."
    assert _role(text, ", the head") == "the head of a bakery in Leeds"


def test_a_sentence_that_ends_in_a_weekday_ends_the_apposition() -> None:
    text = "Ann Roe, a nurse who arrived on Friday. Her son, a cook, said it was late."
    assert _role(text, ", a nurse") == "a nurse"
    text = "Ann Roe, a nurse since Friday. Her son, a cook, said it was late."
    assert _role(text, ", a nurse") == "a nurse since Friday"


def test_an_abbreviated_title_or_month_and_an_initial_stay_inside_the_apposition() -> None:
    text = "Ann Roe, an aide to Gov. Tom Hale, said it was late."
    assert _role(text, ", an aide") == "an aide to Gov. Tom Hale"
    text = "Ann Roe, a historian of Franklin D. Roosevelt, said it was late."
    assert _role(text, ", a historian") == "a historian of Franklin D. Roosevelt"
    text = "Ann Roe, a nurse at St. Luke Hospital since Jan. 5, said it was late."
    assert _role(text, ", a nurse") == "a nurse at St. Luke Hospital since Jan. 5"
