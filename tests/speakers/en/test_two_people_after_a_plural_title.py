"""Two people named after a plural title and joined by "and" speak together, the plural title their role: "A
bench of Justices Surya Kant and K.V. Viswanathan said" gave only the second justice. The title opens the clause,
or follows a bench's noun ("A bench of", "a bench comprising"); a phrase that names someone else before the title
("Lawyers for Justices …") is unchanged. Made-up sentences in the shape of Indian, Ghanaian and Nigerian reports."""

from __future__ import annotations

from tests.quote_helpers import said, said_in_en


def test_a_bench_of_two_justices() -> None:
    text = "A bench of Justices Surya Kant and K.V. Viswanathan said the order was bad in law."
    assert said(text, "en") == [("Surya Kant and K.V. Viswanathan", "Justices")]


def test_a_bench_comprising_two_justices() -> None:
    text = "A bench comprising Justices Meera Pillai and Ravi Menon said the state had acted in haste."
    assert said(text, "en") == [("Meera Pillai and Ravi Menon", "Justices")]


def test_two_doctors_opening_the_sentence_and_they_said() -> None:
    assert said_in_en(
        "Drs Ama Mensah and Kofi Boateng told reporters that the ward was full. “We have no beds,” they said."
    ) == [("Ama Mensah and Kofi Boateng", "Drs"), ("Ama Mensah and Kofi Boateng", "Drs")]


def test_messrs_before_two_partners() -> None:
    text = "Messrs Chidi Okafor and Bayo Adeyemi said the firm would appeal the ruling."
    assert said(text, "en") == [("Chidi Okafor and Bayo Adeyemi", "Messrs")]


def test_a_phrase_naming_someone_else_is_unchanged() -> None:
    text = "Lawyers for Justices Surya Kant and Ravi Menon said the petition was frivolous."
    assert [name for name, _ in said(text, "en")] == [None]  # the lawyers speak, not the justices


def test_a_pair_with_no_title_is_unchanged() -> None:
    text = "Tom Hale and Ann Roe said the search would resume at dawn."
    assert said(text, "en") == [("Tom Hale and Ann Roe", None)]
